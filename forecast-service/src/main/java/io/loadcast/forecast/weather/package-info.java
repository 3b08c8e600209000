/** Weather covariates from ingest-service: stored actuals for training and backtests, as-of forecasts for serving. */
@NullMarked
package io.loadcast.forecast.weather;

import org.jspecify.annotations.NullMarked;
