package io.loadcast.forecast.core.evaluation;

import java.util.List;

/**
 * Point-forecast errors over many forecasts (Hyndman &amp; Koehler, "Another look at measures of forecast
 * accuracy", 2006): MAE, MAPE and sMAPE in percent, MASE scaled by the in-sample MAE of the weekly seasonal-naive
 * forecast, RMSE, and MAE by horizon step.
 */
public record ForecastErrors(
        double mae, double mape, double smape, double mase, double rmse, double[] maeByStep, int points) {

    /**
     * Steps without a real reading (NaN actual) are left out.
     *
     * @param forecasts the forecasts scored
     * @param naiveScale in-sample seasonal-naive MAE
     */
    public static ForecastErrors of(List<ScoredForecast> forecasts, double naiveScale) {
        int steps = forecasts.stream().mapToInt(ScoredForecast::steps).max().orElse(0);
        double[] absByStep = new double[steps];
        int[] countByStep = new int[steps];
        double abs = 0;
        double pct = 0;
        double spct = 0;
        double sq = 0;
        int n = 0;
        int pctCount = 0;
        for (ScoredForecast f : forecasts) {
            for (int h = 0; h < f.steps(); h++) {
                if (!f.observed(h)) {
                    continue;
                }
                double actual = f.actual()[h];
                double error = f.error(h);
                abs += Math.abs(error);
                sq += error * error;
                absByStep[h] += Math.abs(error);
                countByStep[h]++;
                n++;
                if (actual != 0) {
                    pct += Math.abs(error / actual);
                    pctCount++;
                }
                double denominator = Math.abs(actual) + Math.abs(f.forecast()[h]);
                if (denominator > 0) {
                    spct += 2 * Math.abs(error) / denominator;
                }
            }
        }
        for (int h = 0; h < steps; h++) {
            absByStep[h] = countByStep[h] == 0 ? Double.NaN : absByStep[h] / countByStep[h];
        }
        double mae = abs / n;
        return new ForecastErrors(
                mae,
                100 * pct / Math.max(1, pctCount),
                100 * spct / n,
                naiveScale > 0 ? mae / naiveScale : Double.NaN,
                Math.sqrt(sq / n),
                absByStep,
                n);
    }

    /** Mean absolute difference between each value and the one {@code season} periods earlier. */
    public static double seasonalNaiveScale(double[] values, int season) {
        double sum = 0;
        int n = 0;
        for (int i = season; i < values.length; i++) {
            sum += Math.abs(values[i] - values[i - season]);
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
