package io.loadcast.rag.answers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** The answer path's meters; every tag value comes from a fixed set. */
final class RagMetrics {

    private final MeterRegistry meters;
    private final DistributionSummary topScore;

    RagMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.topScore = DistributionSummary.builder("loadcast.rag.retrieval.top.score")
                .description("Fused score of the best retrieved chunk per question")
                .register(meters);
    }

    /** stage: guard_input, retrieval, tool, generation, guard_output. */
    void stage(String stage, long nanos) {
        Timer.builder("loadcast.rag.stage.latency")
                .description("Time per stage of answering a question")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(meters)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void tokens(String provider, int input, int output, double cost) {
        Counter.builder("loadcast.rag.tokens")
                .tag("provider", provider)
                .tag("kind", "input")
                .register(meters)
                .increment(input);
        Counter.builder("loadcast.rag.tokens")
                .tag("provider", provider)
                .tag("kind", "output")
                .register(meters)
                .increment(output);
        Counter.builder("loadcast.rag.cost")
                .tag("provider", provider)
                .register(meters)
                .increment(cost);
    }

    void cache(boolean hit) {
        Counter.builder("loadcast.rag.cache.lookups")
                .tag("result", hit ? "hit" : "miss")
                .register(meters)
                .increment();
    }

    void guardBlock(String check) {
        Counter.builder("loadcast.rag.guard.blocks")
                .tag("check", check)
                .register(meters)
                .increment();
    }

    void retrievalScore(double score) {
        topScore.record(score);
    }

    void answered(String variant) {
        Counter.builder("loadcast.rag.queries")
                .tag("variant", variant)
                .register(meters)
                .increment();
    }
}
