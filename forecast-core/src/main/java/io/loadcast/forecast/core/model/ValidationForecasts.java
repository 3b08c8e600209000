package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.Arrays;
import java.util.List;

/**
 * Forecasts from origins every 12 h in the last {@code span} periods of each series (history strictly before each
 * origin), every origin's steps in one array, and the actuals they are scored against (NaN where no reading was
 * observed: not scored), for {@link AutoTrainer}.
 */
final class ValidationForecasts {

    private ValidationForecasts() {}

    static double[] of(ForecastModel model, List<HalfHourlySeries> series, int span, int horizon) {
        double[] out = new double[count(series, span, horizon)];
        int at = 0;
        for (HalfHourlySeries s : series) {
            double[] v = s.values();
            for (int origin = v.length - span; origin + horizon <= v.length; origin += 24) {
                System.arraycopy(
                        model.predict(Arrays.copyOf(v, origin), s.timeAt(origin), horizon), 0, out, at, horizon);
                at += horizon;
            }
        }
        return out;
    }

    static double[] actuals(List<HalfHourlySeries> series, int span, int horizon) {
        double[] out = new double[count(series, span, horizon)];
        int at = 0;
        for (HalfHourlySeries s : series) {
            double[] v = s.values();
            for (int origin = v.length - span; origin + horizon <= v.length; origin += 24) {
                System.arraycopy(v, origin, out, at, horizon);
                at += horizon;
            }
        }
        return out;
    }

    /**
     * MAPE in percent over the observed (not NaN: a gap the series was filled over is no reading) non-zero actuals;
     * infinite when there are none.
     */
    static double mape(double[] actuals, double[] forecasts) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < actuals.length; i++) {
            if (Double.isFinite(actuals[i]) && actuals[i] != 0) {
                sum += Math.abs(actuals[i] - forecasts[i]) / Math.abs(actuals[i]);
                n++;
            }
        }
        return n == 0 ? Double.POSITIVE_INFINITY : 100 * sum / n;
    }

    private static int count(List<HalfHourlySeries> series, int span, int horizon) {
        int n = 0;
        for (HalfHourlySeries s : series) {
            for (int origin = s.size() - span; origin + horizon <= s.size(); origin += 24) {
                n += horizon;
            }
        }
        return n;
    }
}
