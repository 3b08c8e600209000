package io.loadcast.forecast.bindings;

import io.loadcast.forecast.ForecastProperties;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Measures one takeover: both models backtested on the same window ({@link SameWindow}); the challenger wins when its
 * error is strictly lower and lower by at least the promotion policy's margin.
 */
final class TakeoverJudge {

    private final SameWindow window;
    private final ForecastProperties.Promotion policy;
    private final int weeks;
    private final Clock clock;

    TakeoverJudge(SameWindow window, ForecastProperties.Promotion policy, int weeks, Clock clock) {
        this.window = window;
        this.policy = policy;
        this.weeks = weeks;
        this.clock = clock;
    }

    TakeoverDecision decide(String seriesId, @Nullable Instant origin, Contender challenger, Contender incumbent) {
        Instant end = origin != null ? origin : clock.instant();
        TakeoverDecision measured;
        try {
            SameWindow.Figures f =
                    window.compare(seriesId, challenger.model(), incumbent.model(), end, weeks, policy.metricKey());
            double improvement = (f.incumbent() - f.challenger()) / Math.abs(f.incumbent()) * 100.0;
            boolean wins = improvement > 0 && improvement >= policy.minImprovementPercent();
            String reason = String.format(
                    "%s %s: %s v%s %.4f against %s v%s %.4f on the same %d weeks (improvement %.2f%%, the policy"
                            + " asks %.2f%%)",
                    wins ? "takes over" : "kept",
                    policy.metricKey(),
                    challenger.name(),
                    challenger.version(),
                    f.challenger(),
                    incumbent.name(),
                    incumbent.version(),
                    f.incumbent(),
                    weeks,
                    improvement,
                    policy.minImprovementPercent());
            measured = decision(
                    seriesId,
                    challenger,
                    incumbent,
                    wins ? TakeoverOutcome.TOOK_OVER : TakeoverOutcome.KEPT,
                    f.challenger(),
                    f.incumbent(),
                    improvement,
                    f.from(),
                    f.to(),
                    reason);
        } catch (RuntimeException e) {
            measured = decision(
                    seriesId,
                    challenger,
                    incumbent,
                    TakeoverOutcome.NOT_MEASURED,
                    null,
                    null,
                    null,
                    null,
                    end,
                    "not compared on the same window, so the serving model stays: " + e.getMessage());
        }
        return measured;
    }

    private TakeoverDecision decision(
            String seriesId,
            Contender challenger,
            Contender incumbent,
            TakeoverOutcome outcome,
            @Nullable Double challengerError,
            @Nullable Double incumbentError,
            @Nullable Double improvement,
            @Nullable Instant from,
            @Nullable Instant to,
            String reason) {
        return new TakeoverDecision(
                0,
                clock.instant(),
                seriesId,
                challenger.name(),
                challenger.version(),
                incumbent.name(),
                incumbent.version(),
                outcome,
                policy.metricKey(),
                challengerError,
                incumbentError,
                improvement,
                from,
                to,
                reason);
    }
}
