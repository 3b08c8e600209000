package io.loadcast.registry.promotion;

import io.loadcast.registry.RegistryProperties;
import io.loadcast.registry.audit.AuditAction;
import io.loadcast.registry.audit.AuditLog;
import io.loadcast.registry.events.ModelEvents;
import io.loadcast.registry.mlflow.ErrorCode;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.models.Aliases;
import io.loadcast.registry.models.ModelVersion;
import io.loadcast.registry.models.Models;
import io.loadcast.registry.models.Versions;
import io.loadcast.registry.promotion.store.PromotionStore;
import io.loadcast.registry.tracking.Runs;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotion by policy: a challenger version becomes champion (the champion alias moves to it) when its backtest
 * error beats the champion's by the policy's margin, and, when the policy says so, after a key with MANAGE
 * approves. The champion's figure is the one its trainer measured on the challenger's own backtest window
 * (champion/challenger on the same evaluation window, as {@link ChampionBaseline} picks it), else the champion's
 * own run on the same dataset; without either the challenger is rejected.
 */
@Service
public class Promotion {

    /** The actor recorded for decisions the policy takes by itself. */
    public static final String POLICY_ACTOR = "policy";

    private final PromotionStore store;
    private final Models models;
    private final Versions versions;
    private final Aliases aliases;
    private final Runs runs;
    private final AuditLog audit;
    private final ModelEvents events;
    private final Clock clock;
    private final String championAlias;

    Promotion(
            PromotionStore store,
            Models models,
            Versions versions,
            Aliases aliases,
            Runs runs,
            AuditLog audit,
            ModelEvents events,
            Clock clock,
            RegistryProperties properties) {
        this.store = store;
        this.models = models;
        this.versions = versions;
        this.aliases = aliases;
        this.runs = runs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.championAlias = properties.championAlias();
    }

    @Transactional
    public PromotionPolicy setPolicy(String model, PromotionPolicy policy, String actor) {
        models.get(model);
        Optional<PromotionPolicy> before = store.policy(model);
        store.savePolicy(model, policy, championAlias);
        audit.modelChanged(actor, model, AuditAction.POLICY_SET, before.orElse(null), policy);
        return policy;
    }

    @Transactional(readOnly = true)
    public PromotionPolicy policy(String model) {
        return store.policy(model)
                .orElseThrow(
                        () -> MlflowException.notFound("Registered model '" + model + "' has no promotion policy"));
    }

    @Transactional
    public PromotionDecision evaluate(String model, String version, String actor) {
        PromotionPolicy policy = policy(model);
        ModelVersion challenger = versions.get(model, version);
        RunEvidence evidence = evidence(challenger, policy);
        if (evidence.metric().isEmpty()) {
            return PromotionDecisionBuilder.unmeasured(challenger)
                    .record(
                            this,
                            DecisionStatus.REJECTED,
                            "the challenger's run has no metric '" + policy.metricKey() + "'",
                            actor);
        }
        double challengerValue = evidence.metric().getAsDouble();
        Optional<ModelVersion> champion = aliases.find(model, championAlias);
        if (champion.isEmpty()) {
            return firstVersion(challenger, policy, evidence, challengerValue, actor);
        }
        // a champion registered without a run can still be compared on the challenger's window
        RunEvidence incumbent = champion.get().runId() == null ? RunEvidence.none() : evidence(champion.get(), policy);
        ChampionBaseline baseline =
                ChampionBaseline.choose(evidence, champion.get().version(), incumbent, policy.metricKey());
        Double championValue = baseline.championValue();
        if (championValue == null) {
            return PromotionDecisionBuilder.measured(challenger, challengerValue)
                    .withChampion(champion.get().version())
                    .record(this, DecisionStatus.REJECTED, baseline.missing(), actor);
        }
        double improvement = (championValue - challengerValue) / Math.abs(championValue) * 100.0;
        if (improvement < policy.minImprovementPercent()) {
            return new PromotionDecisionBuilder(
                            challenger,
                            champion.get().version(),
                            challengerValue,
                            championValue,
                            improvement,
                            baseline.evidence())
                    .record(
                            this,
                            DecisionStatus.REJECTED,
                            String.format(
                                    "improvement %.2f%% is below the policy's %.2f%% (%s)",
                                    improvement, policy.minImprovementPercent(), describe(baseline.evidence())),
                            actor);
        }
        return pass(
                challenger,
                policy,
                String.format(
                        "improvement %.2f%% meets the policy's %.2f%% (%s)",
                        improvement, policy.minImprovementPercent(), describe(baseline.evidence())),
                champion.get().version(),
                challengerValue,
                championValue,
                improvement,
                baseline.evidence(),
                actor);
    }

    /**
     * A first version has no champion to beat, so it must beat the weekly seasonal-naive forecast on its own
     * backtest origins ({@code baseline_<metric>} of its run) by the policy's margin, and strictly: a model no
     * better than naive serves nobody.
     */
    private PromotionDecision firstVersion(
            ModelVersion challenger, PromotionPolicy policy, RunEvidence evidence, double value, String actor) {
        if (evidence.baselineMetric().isEmpty()) {
            return PromotionDecisionBuilder.measured(challenger, value)
                    .record(
                            this,
                            DecisionStatus.REJECTED,
                            "there is no champion yet and the run logged no '" + RunEvidence.BASELINE_METRIC_PREFIX
                                    + policy.metricKey() + "' (seasonal-naive on the same backtest origins) to beat",
                            actor);
        }
        double naive = evidence.baselineMetric().getAsDouble();
        double improvement = (naive - value) / Math.abs(naive) * 100.0;
        PromotionDecisionBuilder builder = new PromotionDecisionBuilder(
                challenger, null, value, naive, improvement, PromotionEvidence.SEASONAL_NAIVE);
        if (!(improvement > 0) || improvement < policy.minImprovementPercent()) {
            return builder.record(
                    this,
                    DecisionStatus.REJECTED,
                    String.format(
                            "there is no champion yet and the improvement over seasonal-naive %.2f%% does not beat"
                                    + " it by the policy's %.2f%%",
                            improvement, policy.minImprovementPercent()),
                    actor);
        }
        return pass(
                challenger,
                policy,
                String.format(
                        "there is no champion yet; improvement over seasonal-naive %.2f%% meets the policy's %.2f%%",
                        improvement, policy.minImprovementPercent()),
                null,
                value,
                naive,
                improvement,
                PromotionEvidence.SEASONAL_NAIVE,
                actor);
    }

    @Transactional
    public PromotionDecision approve(String model, String version, String approver) {
        ModelVersion challenger = versions.get(model, version);
        String status = store.requestStatus(model, Integer.parseInt(challenger.version()))
                .orElse("NONE");
        if (!status.equals(DecisionStatus.PENDING_APPROVAL.name())) {
            throw new MlflowException(
                    ErrorCode.INVALID_STATE,
                    "Version " + version + " of '" + model + "' is not waiting for approval (status " + status + ")");
        }
        events.approved(model, challenger.version(), championAlias, approver);
        String previous =
                aliases.find(model, championAlias).map(ModelVersion::version).orElse(null);
        aliases.set(model, championAlias, challenger.version(), approver);
        return PromotionDecisionBuilder.unmeasured(challenger)
                .withChampion(previous)
                .record(this, DecisionStatus.APPROVED, "approved by " + approver, approver);
    }

    private PromotionDecision pass(
            ModelVersion challenger,
            PromotionPolicy policy,
            String reason,
            @Nullable String championVersion,
            Double challengerValue,
            Double championValue,
            Double improvement,
            PromotionEvidence basis,
            String actor) {
        PromotionDecisionBuilder builder = new PromotionDecisionBuilder(
                challenger, championVersion, challengerValue, championValue, improvement, basis);
        if (policy.requireApproval()) {
            return builder.record(
                    this, DecisionStatus.PENDING_APPROVAL, reason + "; waiting for approval by a MANAGE key", actor);
        }
        aliases.set(challenger.name(), championAlias, challenger.version(), POLICY_ACTOR);
        return builder.record(this, DecisionStatus.PROMOTED, reason, actor);
    }

    private static String describe(PromotionEvidence basis) {
        return basis == PromotionEvidence.SAME_WINDOW
                ? "champion backtested on the challenger's window"
                : "champion's own run on the same dataset";
    }

    PromotionDecision record(PromotionDecision decision, String actor) {
        store.saveRequest(
                decision.modelName(),
                Integer.parseInt(decision.version()),
                decision.status().name(),
                decision.reason(),
                actor,
                clock.instant());
        audit.versionChanged(
                actor,
                decision.modelName(),
                decision.version(),
                AuditAction.valueOf("PROMOTION_" + decision.status().name()),
                null,
                decision);
        return decision;
    }

    private RunEvidence evidence(ModelVersion version, PromotionPolicy policy) {
        if (version.runId() == null) {
            throw MlflowException.invalid("Version " + version.version() + " of '" + version.name()
                    + "' has no run, so there is no backtest metric to compare");
        }
        return RunEvidence.of(runs.get(version.runId()), policy.metricKey());
    }
}
