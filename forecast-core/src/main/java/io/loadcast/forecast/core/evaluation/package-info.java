/** Forecast error metrics, rolling-origin backtests and conformal prediction intervals. */
@NullMarked
package io.loadcast.forecast.core.evaluation;

import org.jspecify.annotations.NullMarked;
