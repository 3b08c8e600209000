package io.loadcast.rag.answers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The answer path's meters; every tag value comes from a fixed set, and every series the dashboards and alerts
 * read is registered at zero on startup, so they show 0 rather than "no data" before the first question.
 */
final class RagMetrics {

    static final List<String> STAGES = List.of("guard_input", "retrieval", "tool", "generation", "guard_output");

    private final MeterRegistry meters;
    private final DistributionSummary topScore;

    RagMetrics(MeterRegistry meters, String provider, List<String> variants) {
        this.meters = meters;
        this.topScore = DistributionSummary.builder("loadcast.rag.retrieval.top.score")
                .description("Fused score of the best retrieved chunk per question")
                .register(meters);
        STAGES.forEach(stage -> timer(stage));
        tokens(provider, 0, 0, 0);
        for (ModelTier tier : ModelTier.values()) {
            costSummary(tier);
        }
        List.of("hit", "miss").forEach(result -> cacheCounter(result));
        List.of("input", "output").forEach(check -> guardCounter(check));
        variants.forEach(variant -> queriesCounter(variant));
    }

    /** stage: guard_input, retrieval, tool, generation, guard_output. */
    void stage(String stage, long nanos) {
        timer(stage).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(String stage) {
        return Timer.builder("loadcast.rag.stage.latency")
                .description("Time per stage of answering a question")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(meters);
    }

    /** The cost of one answer at the configured prices, by the model tier that wrote it (offline: 0). */
    void queryCost(ModelTier tier, double cost) {
        costSummary(tier).record(cost);
    }

    private DistributionSummary costSummary(ModelTier tier) {
        return DistributionSummary.builder("loadcast.rag.query.cost")
                .description("Cost of one answer at the configured prices per 1k tokens")
                .tag("model", tier.tag())
                .register(meters);
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
        cacheCounter(hit ? "hit" : "miss").increment();
    }

    private Counter cacheCounter(String result) {
        return Counter.builder("loadcast.rag.cache.lookups")
                .description("Semantic cache lookups")
                .tag("result", result)
                .register(meters);
    }

    void guardBlock(String check) {
        guardCounter(check).increment();
    }

    private Counter guardCounter(String check) {
        return Counter.builder("loadcast.rag.guard.blocks")
                .description("Questions and answers refused by the guardrails")
                .tag("check", check)
                .register(meters);
    }

    void retrievalScore(double score) {
        topScore.record(score);
    }

    void answered(String variant) {
        queriesCounter(variant).increment();
    }

    private Counter queriesCounter(String variant) {
        return Counter.builder("loadcast.rag.queries")
                .description("Answered questions per prompt variant")
                .tag("variant", variant)
                .register(meters);
    }
}
