/** The HTTP adapter to ingest-service's REST API. */
@NullMarked
package io.loadcast.forecast.series.client;

import org.jspecify.annotations.NullMarked;
