package io.loadcast.forecast.core.evaluation;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.ForecastModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rolling-origin evaluation (Tashman, "Out-of-sample tests of forecasting accuracy", 2000) of a fixed model:
 * from each origin in the test span it forecasts from the history strictly before the origin and compares
 * with what followed. Coverage is measured honestly: intervals calibrated on the earlier half of the origins
 * are scored on the later half.
 */
public final class Backtest {

    private Backtest() {}

    /**
     * @param model the trained model
     * @param series the series with their gaps (NaN); in each, the last {@code backtestSteps} periods were not used for
     *     training. Forecasts read the causally gap-filled values ({@link HalfHourlySeries#filled()}, as serving
     *     does), but only periods with a real reading are scored: a filled value is not evidence of accuracy. A
     *     gap-free series is scored as before.
     * @param backtestSteps periods at the end of each series in which origins lie
     * @param horizon periods per forecast
     * @param originStride periods between origins
     * @param naiveScale in-sample seasonal-naive MAE of the training data, for MASE
     */
    public static BacktestResult run(
            ForecastModel model,
            List<HalfHourlySeries> series,
            int backtestSteps,
            int horizon,
            int originStride,
            double naiveScale) {
        List<ScoredForecast> pairs = new ArrayList<>();
        List<ScoredForecast> naive = new ArrayList<>();
        int week = HalfHourlySeries.STEPS_PER_WEEK;
        for (HalfHourlySeries s : series) {
            double[] observed = s.values();
            double[] values = s.missingCount() == 0 ? observed : s.filled().values();
            int first = Math.max(values.length - backtestSteps, Math.max(model.lookback(), week));
            for (int origin = first; origin + horizon <= values.length; origin += originStride) {
                double[] history = Arrays.copyOf(values, origin);
                double[] actual = Arrays.copyOfRange(observed, origin, origin + horizon);
                pairs.add(new ScoredForecast(actual, model.predict(history, s.timeAt(origin), horizon)));
                naive.add(
                        new ScoredForecast(actual, Arrays.copyOfRange(values, origin - week, origin - week + horizon)));
            }
        }
        if (pairs.size() < 2) {
            throw new IllegalArgumentException("too little data after the training span for a backtest: " + pairs.size()
                    + " origin(s), need at least 2");
        }
        int half = pairs.size() / 2;
        ConformalIntervals early = ConformalIntervals.calibrate(pairs.subList(0, half), horizon);
        List<ScoredForecast> late = pairs.subList(half, pairs.size());
        return new BacktestResult(
                ForecastErrors.of(pairs, naiveScale),
                ForecastErrors.of(naive, naiveScale),
                ConformalIntervals.calibrate(pairs, horizon),
                early.coverage(late, 80),
                early.coverage(late, 95),
                pairs.size());
    }
}
