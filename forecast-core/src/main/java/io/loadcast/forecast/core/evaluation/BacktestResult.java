package io.loadcast.forecast.core.evaluation;

/**
 * Outcome of a rolling-origin backtest.
 *
 * @param errors point errors over all backtest forecasts
 * @param baseline the same errors of the weekly seasonal-naive forecast on the same origins
 * @param intervals conformal intervals calibrated on all backtest residuals (what is served)
 * @param coverage80 share of actuals inside the 80% interval on the later half of the origins, calibrated on the
 *     earlier half only
 * @param coverage95 the same for the 95% interval
 * @param origins number of forecast origins
 */
public record BacktestResult(
        ForecastErrors errors,
        ForecastErrors baseline,
        ConformalIntervals intervals,
        double coverage80,
        double coverage95,
        int origins) {}
