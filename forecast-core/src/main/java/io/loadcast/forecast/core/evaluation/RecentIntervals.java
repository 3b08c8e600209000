package io.loadcast.forecast.core.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Interval widths that follow a model's recent errors (rolling split conformal: the calibration set is the model's own
 * forecasts from the origins of the last weeks, each scored on the readings that followed it and were known before
 * the origin being served). Two ways to use them: {@link #perStep} takes the widths from the recent residuals alone,
 * step by step like {@link ConformalIntervals#calibrate}; {@link #scaled} keeps the training-time widths' shape over
 * the horizon and takes their level from the recent forecasts: the conformal quantile, pooled over all steps, of
 * {@code |error| / training half-width} (a normalised conformity score, Papadopoulos et al. 2008), which multiplies
 * the training half-widths. Pooling over the steps gives a stable quantile from a few weeks of origins.
 */
public final class RecentIntervals {

    private RecentIntervals() {}

    /**
     * The training widths times the recent forecasts' conformal quantile of {@code |error_h| / width_h} (80 % and 95 %
     * separately); the training widths unchanged when the quantile does not exist (too few recent residuals) or a
     * training width is not a positive finite number.
     */
    public static ConformalIntervals scaled(ConformalIntervals training, List<ScoredForecast> recent) {
        double s80 = scale(recent, training.halfWidth80(), 0.2);
        double s95 = scale(recent, training.halfWidth95(), 0.05);
        if (!(s80 > 0 && s95 > 0) || Double.isInfinite(s80) || Double.isInfinite(s95)) {
            return training;
        }
        double[] w80 = Arrays.stream(training.halfWidth80()).map(w -> w * s80).toArray();
        double[] w95 = new double[w80.length];
        for (int h = 0; h < w95.length; h++) {
            w95[h] = Math.max(w80[h], training.halfWidth95()[h] * s95);
        }
        return new ConformalIntervals(w80, w95);
    }

    /** The scale of one level: NaN without enough recent residuals or with a training width that is not usable. */
    static double scale(List<ScoredForecast> recent, double[] widths, double alpha) {
        if (Arrays.stream(widths).anyMatch(w -> !(w > 0) || Double.isInfinite(w))) {
            return Double.NaN;
        }
        double[] scores = recent.stream()
                .flatMapToDouble(p -> IntStream.range(0, p.steps())
                        .filter(p::observed)
                        .mapToDouble(h -> Math.abs(p.error(h)) / widths[Math.min(h, widths.length - 1)]))
                .sorted()
                .toArray();
        int rank = ConformalIntervals.rank(scores.length, alpha);
        return rank <= scores.length ? scores[rank - 1] : Double.NaN;
    }

    /**
     * Per step: the conformal quantile of the recent residuals of steps {@code h - radius .. h + radius}; a step whose
     * rank does not exist there keeps the training width.
     */
    public static ConformalIntervals perStep(
            ConformalIntervals training, List<ScoredForecast> recent, int horizon, int radius) {
        double[] w80 = new double[horizon];
        double[] w95 = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            int last = Math.min(h, training.horizon() - 1);
            double[] pooled =
                    ConformalIntervals.residuals(recent, Math.max(0, h - radius), Math.min(horizon - 1, h + radius));
            w80[h] = quantile(pooled, 0.2, training.halfWidth80()[last]);
            w95[h] = Math.max(w80[h], quantile(pooled, 0.05, training.halfWidth95()[last]));
        }
        return new ConformalIntervals(w80, w95);
    }

    private static double quantile(double[] sorted, double alpha, double otherwise) {
        int rank = ConformalIntervals.rank(sorted.length, alpha);
        return rank <= sorted.length ? sorted[rank - 1] : otherwise;
    }
}
