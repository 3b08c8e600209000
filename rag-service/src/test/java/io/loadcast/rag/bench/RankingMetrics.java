package io.loadcast.rag.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** nDCG@10 (gain = qrel score, log2 discount, as trec_eval) and Recall@100 of a document ranking. */
final class RankingMetrics {

    private RankingMetrics() {}

    static double ndcgAt10(List<String> ranked, Map<String, Integer> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += relevant.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = relevant.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recallAt100(List<String> ranked, Map<String, Integer> relevant) {
        Set<String> top100 = Set.copyOf(ranked.subList(0, Math.min(100, ranked.size())));
        long found = relevant.keySet().stream().filter(top100::contains).count();
        return (double) found / relevant.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
