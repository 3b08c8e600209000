package io.loadcast.forecast.drift;

import java.time.Instant;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The live window of one series (time-ordered, latest revision wins), its reference and its live error. */
final class SeriesWatch {

    private final TreeMap<Instant, Double> live = new TreeMap<>();
    private double @Nullable [] reference;
    private String referenceSource = "none";
    private double absErrorSum;
    private long errors;
    private long sinceEvaluation;
    private @Nullable Instant lastRetrain;

    synchronized void add(Instant timestamp, double value, int window) {
        live.put(timestamp, value);
        while (live.size() > window) {
            live.pollFirstEntry();
        }
        sinceEvaluation++;
    }

    synchronized void error(double absError) {
        absErrorSum += absError;
        errors++;
    }

    synchronized void reference(double[] values, String source) {
        reference = values.clone();
        referenceSource = source;
    }

    synchronized double @Nullable [] reference() {
        return reference;
    }

    synchronized String referenceSource() {
        return referenceSource;
    }

    synchronized double[] liveValues() {
        return live.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    synchronized @Nullable Instant first() {
        return live.isEmpty() ? null : live.firstKey();
    }

    synchronized @Nullable Instant last() {
        return live.isEmpty() ? null : live.lastKey();
    }

    synchronized int size() {
        return live.size();
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

    /** True (and remembered) when the last drift-triggered retrain is older than the cooldown. */
    synchronized boolean mayRetrain(Instant now, java.time.Duration cooldown) {
        if (lastRetrain != null && lastRetrain.plus(cooldown).isAfter(now)) {
            return false;
        }
        lastRetrain = now;
        return true;
    }
}
