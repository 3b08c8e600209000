package io.loadcast.rag.search;

import io.loadcast.rag.RagProperties;
import io.loadcast.rag.search.store.LuceneChunkIndex;
import io.loadcast.rag.search.store.LuceneChunkIndex.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/** BM25 and HNSW rankings on one searcher, fused by {@link ReciprocalRankFusion}. */
final class HybridSearch {

    private final LuceneChunkIndex index;
    private final Embedder embedder;
    private final RagProperties.Search config;

    HybridSearch(LuceneChunkIndex index, Embedder embedder, RagProperties.Search config) {
        this.index = index;
        this.embedder = embedder;
        this.config = config;
    }

    List<ScoredChunk> search(String query, int topK, Map<String, String> filter, RetrievalMode mode)
            throws IOException {
        int candidates = Math.max(topK, config.candidates());
        Query filterQuery = filterQuery(filter);
        Query bm25Query = mode == RetrievalMode.VECTOR ? null : bm25Query(query, filterQuery);
        float[] vector = mode == RetrievalMode.BM25 ? null : embedder.embedQuery(query);
        return index.withSearcher(searcher -> {
            List<Hit> bm25 =
                    bm25Query == null ? List.of() : LuceneChunkIndex.hits(searcher.search(bm25Query, candidates));
            List<Hit> knn = vector == null
                    ? List.of()
                    : LuceneChunkIndex.hits(
                            searcher.search(LuceneChunkIndex.vectorQuery(vector, candidates, filterQuery), candidates));
            List<Hit> ranked = switch (mode) {
                case BM25 -> bm25;
                case VECTOR -> knn;
                case HYBRID -> sorted(fuse(bm25, knn));
            };
            return read(searcher, ranked.subList(0, Math.min(topK, ranked.size())));
        });
    }

    private Map<Integer, Double> fuse(List<Hit> bm25, List<Hit> knn) {
        return switch (config.fusion()) {
            case RRF -> ReciprocalRankFusion.fuse(bm25, config.bm25Weight(), knn, config.vectorWeight(), config.rrfK());
            case CONVEX -> ConvexCombination.fuse(scores(bm25), scores(knn), config.convexVectorWeight());
        };
    }

    private static Map<Integer, Float> scores(List<Hit> hits) {
        Map<Integer, Float> scores = new HashMap<>(2 * hits.size());
        hits.forEach(h -> scores.put(h.doc(), h.score()));
        return scores;
    }

    /** Best first; ties by doc number, so equal scores rank the same way on every call. */
    private static List<Hit> sorted(Map<Integer, Double> fused) {
        return fused.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Hit(e.getKey(), e.getValue().floatValue()))
                .toList();
    }

    private static List<ScoredChunk> read(IndexSearcher searcher, List<Hit> hits) throws IOException {
        List<ScoredChunk> chunks = new ArrayList<>(hits.size());
        // stored fields are read for the returned hits only, through one reader per search
        StoredFields stored = searcher.storedFields();
        for (Hit hit : hits) {
            chunks.add(new ScoredChunk(LuceneChunkIndex.toChunk(stored.document(hit.doc())), hit.score()));
        }
        return chunks;
    }

    /** A disjunction of the query's analysed terms, scored by BM25 (Lucene's default similarity). */
    private @Nullable Query bm25Query(String query, @Nullable Query filter) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = index.analyzer().tokenStream(LuceneChunkIndex.bodyField(), query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < IndexSearcher.getMaxClauseCount() - 1) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        terms.forEach(
                t -> builder.add(new TermQuery(new Term(LuceneChunkIndex.bodyField(), t)), BooleanClause.Occur.SHOULD));
        if (filter != null) {
            // with a FILTER clause, SHOULD clauses become optional: require at least one query term
            builder.add(filter, BooleanClause.Occur.FILTER).setMinimumNumberShouldMatch(1);
        }
        return builder.build();
    }

    private static @Nullable Query filterQuery(Map<String, String> filter) {
        if (filter.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        filter.forEach(
                (key, value) -> builder.add(LuceneChunkIndex.metadataFilter(key, value), BooleanClause.Occur.FILTER));
        return builder.build();
    }
}
