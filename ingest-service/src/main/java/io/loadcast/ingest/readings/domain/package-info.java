/** Readings, series and the plausibility rules they must pass. */
@NullMarked
package io.loadcast.ingest.readings.domain;

import org.jspecify.annotations.NullMarked;
