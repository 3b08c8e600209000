package io.loadcast.forecast.drift;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The live windows of one series (time-ordered, latest revision wins): its readings and the residuals of the
 * forecasts served for them at the watched lead time, the forecasts still waiting for their actual, the newest reading
 * time seen (readings far behind it are backfills).
 */
final class SeriesWatch {

    private final TreeMap<Instant, Double> live = new TreeMap<>();
    private final TreeMap<Instant, Double> residuals = new TreeMap<>();
    private final TreeMap<Instant, Double> expected = new TreeMap<>();
    private ServedModel servedBy = ServedModel.NONE;
    private @Nullable Instant newest;
    private double absErrorSum;
    private long errors;
    private long sinceEvaluation;

    /**
     * True when a reading measured at {@code timestamp} is live: at most {@code lateness} behind the newest reading of
     * the series and at most {@code liveAge} behind the wall clock. Anything older is a backfill or a replay.
     */
    synchronized boolean isLive(Instant timestamp, Instant now, Duration lateness, Duration liveAge) {
        return (newest == null || !timestamp.isBefore(newest.minus(lateness)))
                && !timestamp.isBefore(now.minus(liveAge));
    }

    synchronized void add(Instant timestamp, double value, int window) {
        if (newest == null || timestamp.isAfter(newest)) {
            newest = timestamp;
        }
        keep(live, timestamp, value, window);
        sinceEvaluation++;
    }

    /**
     * Remembers what the forecast served by {@code model} said for {@code target}; the oldest expectations go first
     * when more than {@code bound} wait.
     */
    synchronized void expect(Instant target, double value, ServedModel model, int bound) {
        expected.put(target, value);
        servedBy = model;
        while (expected.size() > bound) {
            expected.pollFirstEntry();
        }
    }

    /** What was forecast for {@code target}, once. */
    synchronized @Nullable Double expected(Instant target) {
        return expected.remove(target);
    }

    /** The model version whose forecast was expected last ({@link ServedModel#NONE} before any). */
    synchronized ServedModel servedBy() {
        return servedBy;
    }

    synchronized void residual(Instant timestamp, double residual, int window) {
        keep(residuals, timestamp, residual, window);
        absErrorSum += Math.abs(residual);
        errors++;
    }

    private static void keep(TreeMap<Instant, Double> values, Instant timestamp, double value, int window) {
        values.put(timestamp, value);
        while (values.size() > window) {
            values.pollFirstEntry();
        }
    }

    synchronized double[] liveValues() {
        return values(live);
    }

    synchronized double[] residualValues() {
        return values(residuals);
    }

    private static double[] values(Map<Instant, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    synchronized @Nullable Instant first() {
        return live.isEmpty() ? null : live.firstKey();
    }

    synchronized @Nullable Instant last() {
        return live.isEmpty() ? null : live.lastKey();
    }

    synchronized @Nullable Instant firstResidual() {
        return residuals.isEmpty() ? null : residuals.firstKey();
    }

    synchronized int size() {
        return live.size();
    }

    synchronized int residualCount() {
        return residuals.size();
    }

    /** True once every {@code every} new readings; resets the count. */
    synchronized boolean due(int every) {
        if (sinceEvaluation >= every) {
            sinceEvaluation = 0;
            return true;
        }
        return false;
    }

    synchronized @Nullable Double liveMae() {
        return errors == 0 ? null : absErrorSum / errors;
    }

    synchronized long errors() {
        return errors;
    }
}
