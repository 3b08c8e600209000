package io.loadcast.forecast.training;

import io.loadcast.forecast.core.evaluation.BacktestResult;

/**
 * The backtest of a run as shown by the API.
 *
 * @param mae mean absolute error
 * @param mape mean absolute percentage error (%)
 * @param smape symmetric MAPE (%)
 * @param mase MAE over the in-sample weekly seasonal-naive MAE
 * @param rmse root mean squared error
 * @param baselineMape MAPE of the weekly seasonal-naive forecast on the same origins
 * @param coverage80 measured coverage of the 80% interval
 * @param coverage95 measured coverage of the 95% interval
 * @param maeByStep MAE by horizon step
 * @param origins forecast origins evaluated
 */
public record BacktestSummary(
        double mae,
        double mape,
        double smape,
        double mase,
        double rmse,
        double baselineMape,
        double coverage80,
        double coverage95,
        double[] maeByStep,
        int origins) {

    static BacktestSummary of(BacktestResult r) {
        return new BacktestSummary(
                r.errors().mae(),
                r.errors().mape(),
                r.errors().smape(),
                r.errors().mase(),
                r.errors().rmse(),
                r.baseline().mape(),
                r.coverage80(),
                r.coverage95(),
                r.errors().maeByStep(),
                r.origins());
    }
}
