/** Immutable, content-hashed dataset snapshots that model lineage points to. */
@NullMarked
package io.loadcast.ingest.datasets;

import org.jspecify.annotations.NullMarked;
