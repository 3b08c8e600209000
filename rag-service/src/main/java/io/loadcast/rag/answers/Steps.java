package io.loadcast.rag.answers;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The named steps of one answer, each run inside a Micrometer {@link Observation} ({@code loadcast.rag.answer.step},
 * tag {@code step}: a timer with the meter handler, a span with tracing) and recorded in the stage-latency timer
 * the dashboards read; the durations also make the response's {@code latencyMs}.
 */
final class Steps {

    enum Step {
        GUARD_INPUT("guard_input"),
        RETRIEVAL("retrieval"),
        TOOL("tool"),
        GENERATION("generation"),
        GUARD_OUTPUT("guard_output");

        final String tag;

        Step(String tag) {
            this.tag = tag;
        }
    }

    private final ObservationRegistry observations;
    private final RagMetrics metrics;
    private final long start = System.nanoTime();
    private final Map<Step, Long> nanos = new EnumMap<>(Step.class);

    Steps(ObservationRegistry observations, RagMetrics metrics) {
        this.observations = observations;
        this.metrics = metrics;
    }

    <T> T run(Step step, Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return Observation.createNotStarted("loadcast.rag.answer.step", observations)
                    .lowCardinalityKeyValue("step", step.tag)
                    .observe(work);
        } finally {
            long elapsed = System.nanoTime() - t;
            nanos.merge(step, elapsed, Long::sum);
            metrics.stage(step.tag, elapsed);
        }
    }

    double millis(Step step) {
        return millis(nanos.getOrDefault(step, 0L));
    }

    double totalMillis() {
        return millis(System.nanoTime() - start);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
