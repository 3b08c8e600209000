package io.loadcast.rag.search;

import java.util.HashMap;
import java.util.Map;

/**
 * Convex combination of min-max normalised scores, {@code score(d) = a * v(d) + (1 - a) * b(d)}, where {@code v}
 * and {@code b} are the vector and BM25 scores rescaled to [0, 1] over each ranking's candidates, and a document
 * missing from a ranking gets 0 there. Bruch, Gai and Ingber, "An Analysis of Fusion Functions for Hybrid
 * Retrieval" (ACM TOIS 2023, arXiv:2210.11934), find it beats reciprocal rank fusion in and out of domain because
 * it keeps how far apart the scores are, which ranks throw away; it needs one weight, {@code a}, and is not
 * sensitive to it near its optimum.
 */
public final class ConvexCombination {

    private ConvexCombination() {}

    /** Key (a Lucene doc or a chunk id) to fused score, for every key of either ranking. */
    public static <K> Map<K, Double> fuse(Map<K, Float> bm25, Map<K, Float> vector, double vectorWeight) {
        Map<K, Double> scores = new HashMap<>(2 * (bm25.size() + vector.size()));
        add(scores, bm25, 1 - vectorWeight);
        add(scores, vector, vectorWeight);
        return scores;
    }

    private static <K> void add(Map<K, Double> scores, Map<K, Float> ranking, double weight) {
        if (ranking.isEmpty()) {
            return;
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float score : ranking.values()) {
            min = Math.min(min, score);
            max = Math.max(max, score);
        }
        // one candidate, or all tied: each is as good as the best
        double range = max - min;
        for (Map.Entry<K, Float> hit : ranking.entrySet()) {
            double normalised = range == 0 ? 1 : (hit.getValue() - min) / range;
            scores.merge(hit.getKey(), weight * normalised, Double::sum);
        }
    }
}
