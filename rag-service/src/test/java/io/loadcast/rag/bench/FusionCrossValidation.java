package io.loadcast.rag.bench;

import io.loadcast.rag.search.ConvexCombination;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Chooses the convex combination's vector weight without looking at the figures it reports: SciFact has no
 * training queries, so the 300 test queries are split in two folds (even and odd positions); the weight is chosen
 * on one fold and scored on the other, and each query's reported nDCG@10 comes from the fold it was not chosen on
 * (2-fold cross-validation). The fusion runs here, on the BM25 and vector rankings {@code /retrieve} returned, with
 * the service's own {@link ConvexCombination}.
 */
final class FusionCrossValidation {

    /** One query's two chunk rankings (chunk id to score, best first) and its gold documents. */
    record Rankings(
            Map<String, Float> bm25,
            Map<String, Float> vector,
            Map<String, String> documentOf,
            Map<String, Integer> relevant) {}

    private static final double[] GRID = grid();

    private FusionCrossValidation() {}

    static void run(List<Rankings> queries) {
        double ndcg = 0;
        double recall = 0;
        List<String> chosen = new ArrayList<>();
        for (int heldOut = 0; heldOut < 2; heldOut++) {
            List<Rankings> tune = fold(queries, 1 - heldOut);
            List<Rankings> test = fold(queries, heldOut);
            double best = GRID[0];
            double bestNdcg = -1;
            for (double weight : GRID) {
                double score = meanNdcg(tune, weight);
                // strictly better only: on ties the lower weight (first in the grid) stays
                if (score > bestNdcg + 1e-12) {
                    bestNdcg = score;
                    best = weight;
                }
            }
            chosen.add(String.format("%.2f (fold %d: nDCG@10 %.4f on its tuning half)", best, heldOut, bestNdcg));
            for (Rankings q : test) {
                List<String> ranked = documents(q, best);
                ndcg += RankingMetrics.ndcgAt10(ranked, q.relevant());
                recall += RankingMetrics.recallAt100(ranked, q.relevant());
            }
        }
        System.out.printf("%nConvex combination, vector weight chosen by 2-fold cross-validation: %s%n", chosen);
        System.out.printf(
                "| hybrid, convex, cross-validated (each query scored with the weight chosen on the other half)"
                        + " | %.4f | %.4f |%n",
                ndcg / queries.size(), recall / queries.size());
        System.out.printf("| hybrid, convex, vector weight 0.5 (untuned) | %.4f | |%n", meanNdcg(queries, 0.5));
    }

    private static double meanNdcg(List<Rankings> queries, double weight) {
        return queries.stream()
                .mapToDouble(q -> RankingMetrics.ndcgAt10(documents(q, weight), q.relevant()))
                .average()
                .orElse(0);
    }

    /** Fused chunks collapsed to documents in rank order (a document ranks by its best chunk). */
    static List<String> documents(Rankings q, double vectorWeight) {
        Map<String, Double> fused = ConvexCombination.fuse(q.bm25(), q.vector(), vectorWeight);
        List<String> chunks = new ArrayList<>(fused.keySet());
        chunks.sort((a, b) -> {
            int byScore = Double.compare(fused.get(b), fused.get(a));
            return byScore != 0 ? byScore : a.compareTo(b);
        });
        LinkedHashSet<String> documents = new LinkedHashSet<>();
        chunks.forEach(c -> documents.add(q.documentOf().get(c)));
        return new ArrayList<>(documents);
    }

    private static List<Rankings> fold(List<Rankings> queries, int parity) {
        List<Rankings> fold = new ArrayList<>();
        for (int i = parity; i < queries.size(); i += 2) {
            fold.add(queries.get(i));
        }
        return fold;
    }

    private static double[] grid() {
        double[] grid = new double[21];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = i * 0.05;
        }
        return grid;
    }
}
