package io.loadcast.rag.search;

import io.loadcast.rag.search.store.LuceneChunkIndex.Hit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion: {@code score(d) = sum_i w_i / (k + rank_i(d))} with ranks from 1, after
 * Cormack, Clarke and Büttcher, "Reciprocal Rank Fusion outperforms Condorcet and individual Rank Learning
 * Methods", SIGIR 2009. Ranks, unlike BM25 and cosine scores, are comparable across rankings.
 */
final class ReciprocalRankFusion {

    private ReciprocalRankFusion() {}

    /** Lucene doc number to fused score, for every doc in either ranking. */
    static Map<Integer, Double> fuse(List<Hit> bm25, double bm25Weight, List<Hit> vector, double vectorWeight, int k) {
        Map<Integer, Double> scores = new HashMap<>();
        add(scores, bm25, bm25Weight, k);
        add(scores, vector, vectorWeight, k);
        return scores;
    }

    private static void add(Map<Integer, Double> scores, List<Hit> ranking, double weight, int k) {
        for (int rank = 1; rank <= ranking.size(); rank++) {
            scores.merge(ranking.get(rank - 1).doc(), weight / (k + rank), Double::sum);
        }
    }
}
