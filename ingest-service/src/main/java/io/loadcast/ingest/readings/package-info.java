/** Readings: validation, idempotent storage with revisions, queries; the public facade of the feature. */
@NullMarked
package io.loadcast.ingest.readings;

import org.jspecify.annotations.NullMarked;
