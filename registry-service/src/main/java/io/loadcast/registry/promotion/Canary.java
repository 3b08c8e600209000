package io.loadcast.registry.promotion;

import io.loadcast.registry.RegistryProperties;
import io.loadcast.registry.audit.AuditAction;
import io.loadcast.registry.audit.AuditLog;
import io.loadcast.registry.events.ModelEvents;
import io.loadcast.registry.mlflow.ErrorCode;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.models.Aliases;
import io.loadcast.registry.models.ModelVersion;
import io.loadcast.registry.models.Versions;
import io.loadcast.registry.promotion.store.CanaryStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canary releases: a challenger gets a share of forecast traffic beside the champion; forecast-service reports the
 * live error of each version, and when the canary's mean error over the window exceeds the champion's by more than
 * the margin, the canary is rolled back (share 0, ROLLBACK event) without anyone's intervention.
 */
@Service
public class Canary {

    private final CanaryStore store;
    private final Versions versions;
    private final Aliases aliases;
    private final AuditLog audit;
    private final ModelEvents events;
    private final Clock clock;
    private final String championAlias;
    private final Counter rollbacks;
    private final Governance governance;

    Canary(
            CanaryStore store,
            Versions versions,
            Aliases aliases,
            AuditLog audit,
            ModelEvents events,
            Clock clock,
            RegistryProperties properties,
            MeterRegistry meters,
            Governance governance) {
        this.governance = governance;
        this.store = store;
        this.versions = versions;
        this.aliases = aliases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.championAlias = properties.championAlias();
        this.rollbacks = Counter.builder("loadcast.registry.canary.rollbacks")
                .description("canaries rolled back automatically for their live error")
                .register(meters);
    }

    /**
     * Starts or changes the canary; {@code manager} tells whether the caller holds MANAGE on the model, which with
     * an override reason lets a version the policy has not cleared get traffic (audited as CANARY_OVERRIDE).
     */
    @Transactional
    public CanaryState set(String model, CanaryRequest request, String actor, boolean manager) {
        ModelVersion canary = versions.get(model, request.version());
        if (request.share() > 0) {
            clear(model, canary.version(), request.overrideReason(), actor, manager);
        }
        ModelVersion champion = aliases.find(model, championAlias)
                .orElseThrow(() -> new MlflowException(
                        ErrorCode.INVALID_STATE,
                        "Model '" + model + "' has no '" + championAlias + "' to run a canary beside"));
        if (champion.version().equals(canary.version())) {
            throw MlflowException.invalid("Version " + canary.version() + " is already the champion");
        }
        Optional<CanaryState> before = store.find(model, true);
        CanaryState state = new CanaryState(
                model,
                champion.version(),
                canary.version(),
                request.share(),
                request.marginPercent(),
                request.windowSize(),
                "ACTIVE",
                null,
                null);
        store.save(state);
        audit.versionChanged(actor, model, canary.version(), AuditAction.CANARY_CHANGED, before.orElse(null), state);
        events.canaryChanged(model, canary.version(), champion.version(), request.share(), actor);
        return state;
    }

    private void clear(String model, String version, @Nullable String reason, String actor, boolean manager) {
        try {
            governance.requireCleared(model, version, "get canary traffic");
        } catch (MlflowException notCleared) {
            if (!manager || reason == null || reason.isBlank()) {
                throw notCleared;
            }
            audit.versionChanged(actor, model, version, AuditAction.CANARY_OVERRIDE, null, reason);
        }
    }

    @Transactional(readOnly = true)
    public CanaryState get(String model) {
        CanaryState state = store.find(model, false)
                .orElseThrow(() -> MlflowException.notFound("Model '" + model + "' has no canary"));
        return withMeans(state);
    }

    /** Records a live error and rolls the canary back when the window shows it worse than allowed. */
    @Transactional
    public CanaryState reportError(String model, String version, double error) {
        CanaryState state = store.find(model, true)
                .orElseThrow(() -> MlflowException.notFound("Model '" + model + "' has no canary"));
        if (!version.equals(state.canaryVersion()) && !version.equals(state.championVersion())) {
            throw MlflowException.invalid("Version " + version + " is neither the canary (" + state.canaryVersion()
                    + ") nor the champion (" + state.championVersion() + ")");
        }
        store.addError(model, Integer.parseInt(version), error, clock.instant());
        CanaryState current = withMeans(state);
        if (current.state().equals("ACTIVE")
                && current.canaryMeanError() != null
                && current.championMeanError() != null
                && current.canaryMeanError() > current.championMeanError() * (1 + current.marginPercent() / 100)) {
            CanaryState rolledBack = new CanaryState(
                    model,
                    state.championVersion(),
                    state.canaryVersion(),
                    0.0,
                    state.marginPercent(),
                    state.windowSize(),
                    "ROLLED_BACK",
                    current.canaryMeanError(),
                    current.championMeanError());
            store.save(rolledBack);
            audit.versionChanged(
                    Promotion.POLICY_ACTOR, model, state.canaryVersion(), AuditAction.ROLLBACK, current, rolledBack);
            events.rolledBack(model, state.canaryVersion(), state.championVersion(), Promotion.POLICY_ACTOR);
            rollbacks.increment();
            return rolledBack;
        }
        return current;
    }

    private CanaryState withMeans(CanaryState s) {
        return new CanaryState(
                s.modelName(),
                s.championVersion(),
                s.canaryVersion(),
                s.share(),
                s.marginPercent(),
                s.windowSize(),
                s.state(),
                store.windowMean(s.modelName(), Integer.parseInt(s.canaryVersion()), s.windowSize())
                        .orElse(null),
                store.windowMean(s.modelName(), Integer.parseInt(s.championVersion()), s.windowSize())
                        .orElse(null));
    }
}
