/** Day-ahead demand forecasting with DL4J: training runs, rolling-origin backtests, serving with conformal intervals, drift and retraining. */
@NullMarked
package io.loadcast.forecast;

import org.jspecify.annotations.NullMarked;
