package io.loadcast.rag.experiments;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.OneWayAnova;
import org.apache.commons.math3.stat.inference.TTest;
import org.jspecify.annotations.Nullable;

/**
 * Per-variant counts, mean rating and latency, and whether the ratings differ: Welch's t-test for two rated
 * variants, one-way ANOVA for more (Apache Commons Math). Each variant needs two ratings to take part.
 */
public record ExperimentResults(String experimentId, List<VariantResult> variants, Significance test) {

    /** One variant's figures. */
    public record VariantResult(
            String variant,
            long queries,
            long ratings,
            @Nullable Double meanRating,
            double meanLatencyMs,
            double p50LatencyMs) {}

    /** The test, its p-value (absent when too few ratings or no variance) and the verdict at 5%. */
    public record Significance(String method, @Nullable Double pValue, boolean significantAt5Percent) {}

    public static ExperimentResults of(String experimentId, List<String> variants, List<ExperimentLog.Entry> log) {
        List<VariantResult> results = new ArrayList<>();
        List<double[]> ratedGroups = new ArrayList<>();
        for (String variant : variants) {
            List<ExperimentLog.Entry> mine =
                    log.stream().filter(e -> e.variant().equals(variant)).toList();
            DescriptiveStatistics latency = new DescriptiveStatistics();
            mine.forEach(e -> latency.addValue(e.latencyMs()));
            double[] ratings = mine.stream()
                    .filter(e -> e.rating() != null)
                    .mapToDouble(e -> e.rating())
                    .toArray();
            if (ratings.length >= 2) {
                ratedGroups.add(ratings);
            }
            results.add(new VariantResult(
                    variant,
                    mine.size(),
                    ratings.length,
                    ratings.length == 0 ? null : new DescriptiveStatistics(ratings).getMean(),
                    mine.isEmpty() ? 0 : latency.getMean(),
                    mine.isEmpty() ? 0 : latency.getPercentile(50)));
        }
        return new ExperimentResults(experimentId, results, test(ratedGroups));
    }

    private static Significance test(List<double[]> groups) {
        if (groups.size() < 2) {
            return new Significance("none: fewer than two variants with two ratings each", null, false);
        }
        boolean twoGroups = groups.size() == 2;
        String method = twoGroups ? "Welch t-test" : "one-way ANOVA";
        double p = twoGroups ? new TTest().tTest(groups.get(0), groups.get(1)) : new OneWayAnova().anovaPValue(groups);
        if (Double.isNaN(p)) {
            return new Significance(method + " (undefined: no variance in the ratings)", null, false);
        }
        return new Significance(method, p, p < 0.05);
    }
}
