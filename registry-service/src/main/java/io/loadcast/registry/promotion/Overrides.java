package io.loadcast.registry.promotion;

import io.loadcast.registry.RegistryProperties;
import io.loadcast.registry.models.Aliases;
import io.loadcast.registry.models.ModelVersion;
import io.loadcast.registry.models.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MANAGE override of the promotion policy: makes a version champion whatever the policy decided, recording who
 * (the key's name), when (the audit entry's time) and why (the reason, required) as decision OVERRIDDEN and audit
 * entry PROMOTION_OVERRIDDEN. The controller checks MANAGE before calling.
 */
@Service
public class Overrides {

    private final Promotion promotion;
    private final Versions versions;
    private final Aliases aliases;
    private final String championAlias;

    Overrides(Promotion promotion, Versions versions, Aliases aliases, RegistryProperties properties) {
        this.promotion = promotion;
        this.versions = versions;
        this.aliases = aliases;
        this.championAlias = properties.championAlias();
    }

    @Transactional
    public PromotionDecision makeChampion(String model, String version, String reason, String manager) {
        ModelVersion target = versions.get(model, version);
        String previous =
                aliases.find(model, championAlias).map(ModelVersion::version).orElse(null);
        aliases.set(model, championAlias, target.version(), manager);
        return PromotionDecisionBuilder.unmeasured(target)
                .withChampion(previous)
                .record(promotion, DecisionStatus.OVERRIDDEN, "overridden by " + manager + ": " + reason, manager);
    }
}
