package io.loadcast.registry.promotion;

import io.loadcast.registry.RegistryProperties;
import io.loadcast.registry.mlflow.ErrorCode;
import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.models.AliasGuard;
import io.loadcast.registry.promotion.store.PromotionStore;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Keeps the champion of a governed model (one with a promotion policy) where the policy put it: through EDIT, the
 * champion alias moves and a canary gets traffic only for a version the policy PROMOTED or a MANAGE key APPROVED
 * or OVERRODE. Anything else needs the audited MANAGE override ({@link Overrides}).
 */
@Service
class Governance implements AliasGuard {

    private final PromotionStore store;
    private final String championAlias;

    Governance(PromotionStore store, RegistryProperties properties) {
        this.store = store;
        this.championAlias = properties.championAlias();
    }

    @Override
    public void checkMove(String model, String alias, String version) {
        if (alias.equals(championAlias)) {
            requireCleared(model, version, "become '" + alias + "'");
        }
    }

    /** Throws PERMISSION_DENIED unless the model is ungoverned or the version was cleared by the policy. */
    void requireCleared(String model, String version, String what) {
        if (store.policy(model).isEmpty()) {
            return;
        }
        Optional<DecisionStatus> decided =
                store.requestStatus(model, Integer.parseInt(version)).map(DecisionStatus::valueOf);
        if (decided.filter(DecisionStatus::cleared).isEmpty()) {
            String status = decided.map(DecisionStatus::name).orElse("NOT_EVALUATED");
            throw new MlflowException(
                    ErrorCode.PERMISSION_DENIED,
                    "Version " + version + " of governed model '" + model + "' cannot " + what
                            + ": its promotion status is " + status + ". Ask for a promotion"
                            + " (POST /api/v1/models/" + model + "/versions/" + version + "/promotion), or a MANAGE"
                            + " key may override with a reason (POST .../versions/" + version + "/override).");
        }
    }
}
