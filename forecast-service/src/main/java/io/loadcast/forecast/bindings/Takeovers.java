package io.loadcast.forecast.bindings;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.series.SeriesSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A model that would take over a series from the model serving it (by the naming rule, without a binding) is first
 * backtested with it on the same recent window of that series; it takes over only when its error by the promotion
 * policy's metric is lower by at least the policy's margin (and strictly lower). Each decision is stored once per
 * pair of versions (so every replica and every later request reuses it) and audited; a takeover writes a binding,
 * so from then on what serves the series is explicit data.
 */
@Service
public class Takeovers {

    private static final Logger log = LoggerFactory.getLogger(Takeovers.class);

    private final BindingStore store;
    private final ServingBindings bindings;
    private final SameWindow window;
    private final ForecastProperties.Promotion policy;
    private final int weeks;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Map<String, TakeoverDecision> decided = new ConcurrentHashMap<>();

    Takeovers(
            BindingStore store,
            ServingBindings bindings,
            SeriesSource source,
            ForecastProperties properties,
            BindingsProperties config,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.bindings = bindings;
        this.window = new SameWindow(source);
        this.policy = properties.promotion();
        this.weeks = config.takeoverWeeks();
        this.clock = clock;
    }

    /**
     * The decision between {@code challenger} and the {@code incumbent} serving {@code seriesId}: reused when one
     * exists for the two versions, else measured on the window ending at {@code origin} (now without one).
     */
    public TakeoverDecision judge(
            String seriesId, @Nullable Instant origin, Contender challenger, Contender incumbent) {
        String key = String.join(
                "\u0000", seriesId, challenger.name(), challenger.version(), incumbent.name(), incumbent.version());
        TakeoverDecision known = decided.get(key);
        if (known != null) {
            return known;
        }
        synchronized (decided) {
            TakeoverDecision decision = decided.computeIfAbsent(
                    key,
                    k -> store.decision(
                                    seriesId,
                                    challenger.name(),
                                    challenger.version(),
                                    incumbent.name(),
                                    incumbent.version())
                            .orElseGet(() -> decide(seriesId, origin, challenger, incumbent)));
            return decision;
        }
    }

    /** The model the latest decision on {@code seriesId} left serving it, if any decision was made. */
    public Optional<String> lastWinner(String seriesId) {
        try {
            return store.decisions(seriesId, 1).stream().findFirst().map(TakeoverDecision::winner);
        } catch (RuntimeException e) {
            log.warn("takeover decisions of {} not read: {}", seriesId, e.getMessage());
            return Optional.empty();
        }
    }

    public List<TakeoverDecision> decisions(@Nullable String seriesId, int limit) {
        return store.decisions(seriesId, limit);
    }

    private TakeoverDecision decide(
            String seriesId, @Nullable Instant origin, Contender challenger, Contender incumbent) {
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
        return record(measured);
    }

    /** Stores the decision, its audit entry and (on a takeover) the binding in one transaction, unless another
     * request or replica decided the same pair first: then that decision stands. */
    private TakeoverDecision record(TakeoverDecision measured) {
        TakeoverDecision stored = Objects.requireNonNull(transactions.execute(tx -> store.insert(measured)
                .map(this::apply)
                .orElseGet(() -> store.decision(
                                measured.seriesId(),
                                measured.challengerModel(),
                                measured.challengerVersion(),
                                measured.incumbentModel(),
                                measured.incumbentVersion())
                        .orElseThrow())));
        bindings.invalidate(stored.seriesId());
        log.info("takeover of {}: {}", stored.seriesId(), stored.reason());
        return stored;
    }

    private TakeoverDecision apply(TakeoverDecision d) {
        if (d.outcome() == TakeoverOutcome.TOOK_OVER) {
            ServingBinding binding = new ServingBinding(
                    d.seriesId(),
                    d.challengerModel(),
                    null,
                    null,
                    ServingBindings.TAKEOVER_ACTOR,
                    d.decidedAt(),
                    d.reason());
            ServingBinding before = store.put(binding).orElse(null);
            store.audit(bindings.entry(
                    ServingBindings.TAKEOVER_ACTOR, d.seriesId(), AuditAction.TAKEOVER_ACCEPTED, before, d));
        } else {
            store.audit(bindings.entry(
                    ServingBindings.TAKEOVER_ACTOR, d.seriesId(), AuditAction.TAKEOVER_REJECTED, null, d));
        }
        return d;
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
