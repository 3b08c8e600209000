package io.loadcast.guardrail.injection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leave-one-source-out validation: for every source, fit on all the other sources and score the one left out, so
 * each text gets a score from a model that never saw its publisher. The threshold is then chosen on those
 * out-of-source scores of the benign texts (see {@link #thresholdForFpr}), not on data the model was fitted on.
 */
public final class SourceValidation {

    /** Out-of-source scores of one source's texts (same order as its rows). */
    public record Fold(String source, List<Boolean> labels, List<Double> scores) {

        public BinaryMetrics metrics(double threshold) {
            int tp = 0;
            int fp = 0;
            int tn = 0;
            int fn = 0;
            for (int i = 0; i < labels.size(); i++) {
                boolean p = scores.get(i) >= threshold;
                if (labels.get(i)) {
                    tp += p ? 1 : 0;
                    fn += p ? 0 : 1;
                } else {
                    fp += p ? 1 : 0;
                    tn += p ? 0 : 1;
                }
            }
            return new BinaryMetrics(tp, fp, tn, fn);
        }

        boolean hasBenign() {
            return labels.contains(false);
        }
    }

    private SourceValidation() {}

    /** One fold per source of {@code table}, fitted with {@code settings}. */
    public static List<Fold> run(FeatureTable table, LogisticFit.Settings settings) {
        Map<String, List<FeatureTable.Row>> bySource = new LinkedHashMap<>();
        table.rows()
                .forEach(r -> bySource.computeIfAbsent(r.source(), k -> new ArrayList<>())
                        .add(r));
        List<Fold> folds = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
        try {
            List<java.util.concurrent.Future<Fold>> futures = bySource.entrySet().stream()
                    .map(source -> pool.submit(() -> fold(table, settings, source.getKey(), source.getValue())))
                    .toList();
            for (java.util.concurrent.Future<Fold> f : futures) {
                folds.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a fold failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        return folds;
    }

    /** Folds fitted at once (the machine has two cores). */
    private static final int THREADS = 2;

    private static Fold fold(
            FeatureTable table, LogisticFit.Settings settings, String source, List<FeatureTable.Row> held) {
        LogisticFit.Weights w = LogisticFit.fit(table.filter(r -> !r.source().equals(source)), settings);
        return new Fold(
                source,
                held.stream().map(FeatureTable.Row::label).toList(),
                held.stream().map(w::probability).toList());
    }

    /**
     * The lowest threshold at which the false-positive rate over all benign texts, each scored by a model that never
     * saw its source, is at most {@code maxFpr}. (Averaging per source instead let one look-alike source, "act as"
     * role prompts, drive the threshold to 0.995 and the out-of-source recall to 0.43.)
     */
    public static double thresholdForFpr(List<Fold> folds, double maxFpr) {
        double lo = 0;
        double hi = 1;
        for (int step = 0; step < 40; step++) {
            double mid = (lo + hi) / 2;
            if (pooled(folds, mid).falsePositiveRate() <= maxFpr) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    public static double macroFpr(List<Fold> folds, double threshold) {
        List<Fold> benign = folds.stream().filter(Fold::hasBenign).toList();
        return benign.stream()
                .mapToDouble(f -> f.metrics(threshold).falsePositiveRate())
                .average()
                .orElse(0);
    }

    /** Pooled confusion counts over all folds. */
    public static BinaryMetrics pooled(List<Fold> folds, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (Fold f : folds) {
            BinaryMetrics m = f.metrics(threshold);
            tp += m.truePositives();
            fp += m.falsePositives();
            tn += m.trueNegatives();
            fn += m.falseNegatives();
        }
        return new BinaryMetrics(tp, fp, tn, fn);
    }
}
