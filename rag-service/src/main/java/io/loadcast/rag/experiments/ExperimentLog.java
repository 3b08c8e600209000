package io.loadcast.rag.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Which variant answered which query, how fast, and how users rated it. Held in memory (bounded): rag-service has
 * no database, and experiment results are reported per process lifetime.
 */
public final class ExperimentLog {

    /** One answered query of the experiment. */
    public record Entry(
            String queryId,
            String variant,
            double latencyMs,
            @Nullable Integer rating) {}

    private final int capacity;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Long> order = new LinkedHashMap<>();

    public ExperimentLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void record(String queryId, String variant, double latencyMs) {
        entries.put(queryId, new Entry(queryId, variant, latencyMs, null));
        order.put(queryId, System.nanoTime());
        if (order.size() > capacity) {
            String oldest = order.keySet().iterator().next();
            order.remove(oldest);
            entries.remove(oldest);
        }
    }

    /** Stores a rating; empty when the query is unknown (or too old to be kept). */
    public Optional<Entry> rate(String queryId, int rating) {
        return Optional.ofNullable(
                entries.computeIfPresent(queryId, (id, e) -> new Entry(id, e.variant(), e.latencyMs(), rating)));
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }
}
