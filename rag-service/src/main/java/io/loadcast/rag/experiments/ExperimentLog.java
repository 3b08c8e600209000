package io.loadcast.rag.experiments;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The experiments' state: which variant each session was assigned, which variant answered which query, how fast,
 * and how users rated it. Kept in PostgreSQL ({@code experiments.store}), so results survive restarts and are the
 * same on every replica.
 */
public interface ExperimentLog {

    /** One answered query of an experiment. */
    record Entry(
            String queryId,
            String variant,
            double latencyMs,
            @Nullable Integer rating) {}

    /**
     * The variant the session was first assigned in this experiment; {@code candidate} is stored and returned when
     * the session has none yet. Concurrent first calls agree on one variant.
     */
    String assignOnce(String experimentId, String sessionId, String candidate);

    void record(String experimentId, String queryId, String variant, @Nullable String sessionId, double latencyMs);

    /** Stores (or replaces) a rating; empty when the query is unknown. */
    Optional<Entry> rate(String queryId, int rating);

    List<Entry> entries(String experimentId);
}
