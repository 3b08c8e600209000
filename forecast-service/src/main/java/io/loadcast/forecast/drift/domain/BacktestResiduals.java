package io.loadcast.forecast.drift.domain;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.ForecastModel;
import java.util.Arrays;

/**
 * A model's residuals (actual minus forecast) at one lead time over the last periods of a series, the span its
 * backtest held out: the errors its live forecasts at that lead time are expected to make.
 */
public final class BacktestResiduals {

    private BacktestResiduals() {}

    /**
     * @param model the trained model
     * @param series gap-free values; the model was not trained on the last {@code span} of them
     * @param span periods at the end in which the forecast targets lie
     * @param lead periods between the origin and the target (1 = the next half-hour), at most the model's horizon
     * @param max at most this many residuals, the latest
     */
    public static double[] at(ForecastModel model, HalfHourlySeries series, int span, int lead, int max) {
        double[] values = series.values();
        int firstTarget = Math.max(values.length - Math.min(span, max), model.lookback() + lead - 1);
        if (firstTarget >= values.length) {
            return new double[0];
        }
        double[] residuals = new double[values.length - firstTarget];
        for (int target = firstTarget; target < values.length; target++) {
            int origin = target - lead + 1;
            double forecast = model.predict(Arrays.copyOf(values, origin), series.timeAt(origin), lead)[lead - 1];
            residuals[target - firstTarget] = values[target] - forecast;
        }
        return Arrays.stream(residuals).filter(Double::isFinite).toArray();
    }
}
