package io.loadcast.forecast.drift.domain;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.ForecastModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A model's residuals (actual minus forecast) at one lead time over the last periods of a series, the span its
 * backtest held out: the errors its live forecasts at that lead time are expected to make.
 */
public final class BacktestResiduals {

    /**
     * Origins per {@link ForecastModel#predictAll} call: a net's pass costs about the same for 1 or 64 (op dispatch),
     * and each history is a copy of the series up to its origin.
     */
    private static final int BATCH = 64;

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
        for (int first = firstTarget; first < values.length; first += BATCH) {
            List<double[]> histories = new ArrayList<>();
            List<Instant> origins = new ArrayList<>();
            for (int target = first; target < Math.min(first + BATCH, values.length); target++) {
                int origin = target - lead + 1;
                histories.add(Arrays.copyOf(values, origin));
                origins.add(series.timeAt(origin));
            }
            List<double[]> forecasts = model.predictAll(histories, origins, lead);
            for (int i = 0; i < forecasts.size(); i++) {
                residuals[first - firstTarget + i] =
                        values[first + i] - forecasts.get(i)[lead - 1];
            }
        }
        return Arrays.stream(residuals).filter(Double::isFinite).toArray();
    }
}
