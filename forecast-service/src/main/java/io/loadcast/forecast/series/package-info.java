/** Readings and dataset snapshots read from ingest-service, behind {@link io.loadcast.forecast.series.SeriesSource}. */
@NullMarked
package io.loadcast.forecast.series;

import org.jspecify.annotations.NullMarked;
