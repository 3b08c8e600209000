package io.loadcast.forecast.serving;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.registry.RegistryUnavailableException;
import io.loadcast.forecast.registry.VersionRef;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import org.springframework.stereotype.Service;

/** The approved (champion) version of a model and where edge devices download it. */
@Service
public class ChampionLookup {

    /**
     * @param name registered model
     * @param version champion version
     * @param family model family, when it is loaded here
     * @param downloadUrl artifact URL in registry-service
     */
    public record Champion(String name, String version, String family, String downloadUrl) {}

    private final ModelRegistry registry;
    private final ServingModels models;
    private final ForecastProperties properties;

    ChampionLookup(ModelRegistry registry, ServingModels models, ForecastProperties properties) {
        this.registry = registry;
        this.models = models;
        this.properties = properties;
    }

    public Champion champion(String name) {
        VersionRef ref;
        try {
            ref = registry.alias(name, properties.championAlias())
                    .orElseThrow(() -> new LoadcastProblemException(
                            ProblemType.NO_CHAMPION,
                            "model " + name + " has no " + properties.championAlias() + " version in the registry"));
        } catch (RegistryUnavailableException e) {
            throw new LoadcastProblemException(ProblemType.REGISTRY_UNAVAILABLE, e.getMessage());
        }
        String family = models.champion(name)
                .filter(m -> m.version().equals(ref.version()))
                .map(m -> m.artifact().model().provenance().spec().family().slug())
                .orElse("unknown");
        return new Champion(name, ref.version(), family, registry.downloadUrl(ref.source()));
    }
}
