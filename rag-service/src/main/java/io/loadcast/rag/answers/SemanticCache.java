package io.loadcast.rag.answers;

import io.loadcast.rag.search.IndexChanged;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.springframework.context.event.EventListener;

/**
 * Answers to earlier questions, found again when a new question's embedding is within the configured cosine
 * similarity of an old one (per prompt variant) and both carry the same deciding words ({@link Paraphrase}: not a
 * reversal such as summer/winter or higher/lower, nor another entity, number or date). Dropped whenever the index changes, since answers depend on it.
 */
final class SemanticCache {

    private record Entry(String variant, String question, float[] embedding, QueryResult result) {}

    private final double similarity;
    private final int maxEntries;
    private final Deque<Entry> entries = new ArrayDeque<>();

    SemanticCache(double similarity, int maxEntries) {
        this.similarity = similarity;
        this.maxEntries = maxEntries;
    }

    synchronized Optional<QueryResult> find(String variant, String question, float[] embedding) {
        Entry best = null;
        double bestScore = similarity;
        for (Entry entry : entries) {
            if (entry.variant().equals(variant) && Paraphrase.compatible(entry.question(), question)) {
                double score = dot(entry.embedding(), embedding);
                if (score >= bestScore) {
                    best = entry;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best).map(Entry::result);
    }

    synchronized void put(String variant, String question, float[] embedding, QueryResult result) {
        entries.addFirst(new Entry(variant, question, embedding, result));
        while (entries.size() > maxEntries) {
            entries.removeLast();
        }
    }

    @EventListener
    synchronized void onIndexChanged(IndexChanged change) {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
