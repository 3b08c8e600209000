package io.loadcast.rag.experiments;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ratings of answers, stored with their query and counted in {@code loadcast.rag.feedback} (tags: the configured
 * variant names and {@code rating} = down (1-2), neutral (3), up (4-5), registered at zero on startup so the
 * dashboard's ratio exists before the first rating).
 */
public final class Feedback {

    private static final List<String> RATINGS = List.of("down", "neutral", "up");

    private final ExperimentLog log;
    private final Map<String, Counter> counters = new HashMap<>();

    public Feedback(ExperimentLog log, PromptVariants variants, MeterRegistry meters) {
        this.log = log;
        for (PromptVariant variant : variants.all()) {
            for (String rating : RATINGS) {
                counters.put(
                        variant.name() + "/" + rating,
                        Counter.builder("loadcast.rag.feedback")
                                .description("Ratings of answers per prompt variant")
                                .tag("variant", variant.name())
                                .tag("rating", rating)
                                .register(meters));
            }
        }
    }

    /** Stores the rating; empty when the query is unknown. */
    public Optional<ExperimentLog.Entry> rate(String queryId, int rating) {
        Optional<ExperimentLog.Entry> entry = log.rate(queryId, rating);
        entry.ifPresent(e -> {
            Counter counter = counters.get(e.variant() + "/" + bucket(rating));
            // a query answered by a variant since removed from the configuration is stored but not counted
            if (counter != null) {
                counter.increment();
            }
        });
        return entry;
    }

    static String bucket(int rating) {
        return rating <= 2 ? "down" : rating == 3 ? "neutral" : "up";
    }
}
