package io.loadcast.forecast.bindings;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.series.SeriesSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
    private final TakeoverJudge measure;
    private final Clock clock;
    private final Duration retryNotMeasured;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Map<String, TakeoverDecision> decided = new ConcurrentHashMap<>();

    Takeovers(
            BindingStore store,
            ServingBindings bindings,
            SeriesSource source,
            ForecastProperties properties,
            BindingsProperties config,
            PlatformTransactionManager transactions,
            MeterRegistry meters,
            Clock clock) {
        this.meters = meters;
        for (TakeoverOutcome outcome : TakeoverOutcome.values()) {
            meters.counter("loadcast.forecast.takeovers", "outcome", tag(outcome));
        }
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.bindings = bindings;
        this.clock = clock;
        this.retryNotMeasured = config.retryNotMeasured();
        this.measure = new TakeoverJudge(new SameWindow(source), properties.promotion(), config.takeoverWeeks(), clock);
    }

    /**
     * The decision between {@code challenger} and the {@code incumbent} serving {@code seriesId}: reused when one
     * exists for the two versions, else measured on the window ending at {@code origin} (now without one). A
     * {@code NOT_MEASURED} decision older than {@link BindingsProperties#retryNotMeasured} is measured again.
     */
    public TakeoverDecision judge(
            String seriesId, @Nullable Instant origin, Contender challenger, Contender incumbent) {
        String key = String.join(
                "\u0000", seriesId, challenger.name(), challenger.version(), incumbent.name(), incumbent.version());
        TakeoverDecision known = decided.get(key);
        if (known != null && !stale(known)) {
            return known;
        }
        synchronized (decided) {
            TakeoverDecision decision = decided.get(key);
            if (decision == null) {
                decision = store.decision(
                                seriesId,
                                challenger.name(),
                                challenger.version(),
                                incumbent.name(),
                                incumbent.version())
                        .orElse(null);
            }
            if (decision == null || stale(decision)) {
                TakeoverDecision measured = measure.decide(seriesId, origin, challenger, incumbent);
                decision = decision == null ? record(measured) : retry(decision, measured);
            }
            decided.put(key, decision);
            return decision;
        }
    }

    private boolean stale(TakeoverDecision decision) {
        return decision.outcome() == TakeoverOutcome.NOT_MEASURED
                && !decision.decidedAt().plus(retryNotMeasured).isAfter(clock.instant());
    }

    /** Replaces a {@code NOT_MEASURED} decision by a new measurement (same row), unless another replica did. */
    private TakeoverDecision retry(TakeoverDecision old, TakeoverDecision measured) {
        TakeoverDecision stored = Objects.requireNonNull(transactions.execute(tx -> store.remeasure(old.id(), measured)
                .map(this::apply)
                .orElseGet(() -> store.decision(
                                old.seriesId(),
                                old.challengerModel(),
                                old.challengerVersion(),
                                old.incumbentModel(),
                                old.incumbentVersion())
                        .orElse(old))));
        bindings.invalidate(stored.seriesId());
        log.info("takeover of {} measured again: {}", stored.seriesId(), stored.reason());
        return stored;
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
        meters.counter("loadcast.forecast.takeovers", "outcome", tag(d.outcome()))
                .increment();
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

    private static String tag(TakeoverOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}
