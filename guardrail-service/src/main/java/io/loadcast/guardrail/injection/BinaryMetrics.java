package io.loadcast.guardrail.injection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Confusion counts of a binary detector and the figures derived from them. */
public record BinaryMetrics(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    public static BinaryMetrics of(List<LabelledText> data, List<Double> scores, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < data.size(); i++) {
            boolean predicted = scores.get(i) >= threshold;
            boolean actual = data.get(i).injection();
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
        }
        return new BinaryMetrics(tp, fp, tn, fn);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double falsePositiveRate() {
        return falsePositives + trueNegatives == 0 ? 0 : (double) falsePositives / (falsePositives + trueNegatives);
    }

    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("precision", round(precision()));
        m.put("recall", round(recall()));
        m.put("f1", round(f1()));
        m.put("fpr", round(falsePositiveRate()));
        m.put("n", (double) (truePositives + falsePositives + trueNegatives + falseNegatives));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
