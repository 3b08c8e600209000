package io.loadcast.forecast.bindings;

import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.registry.RegistryUnavailableException;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks what a binding names: a well-formed series id, and a model, version or alias the registry knows. */
@Component
class BindingTargets {

    private static final Pattern SERIES_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ModelRegistry registry;

    BindingTargets(ModelRegistry registry) {
        this.registry = registry;
    }

    static void checkSeries(String seriesId) {
        if (!SERIES_ID.matcher(seriesId).matches()) {
            throw new LoadcastProblemException(
                            ProblemType.INVALID_REQUEST,
                            "series id '" + seriesId + "' is not 1-64 letters, digits, '.', '_' or '-' starting with"
                                    + " a letter or digit")
                    .with("field", "series");
        }
    }

    void check(String modelName, @Nullable String version, @Nullable String alias) {
        if (version != null && alias != null) {
            throw new LoadcastProblemException(
                            ProblemType.INVALID_REQUEST, "give a pinned version or an alias, not both")
                    .with("field", "alias");
        }
        try {
            if (!registry.registeredModels().contains(modelName)) {
                throw new LoadcastProblemException(
                                ProblemType.UNKNOWN_REGISTERED_MODEL,
                                "registry-service has no registered model '" + modelName + "'")
                        .with("field", "modelName");
            }
            if (version != null && registry.version(modelName, version).isEmpty()) {
                throw unknown(modelName + " has no version " + version, "version");
            }
            if (alias != null && registry.alias(modelName, alias).isEmpty()) {
                throw unknown(modelName + " has no alias '" + alias + "'", "alias");
            }
        } catch (RegistryUnavailableException e) {
            throw new LoadcastProblemException(ProblemType.REGISTRY_UNAVAILABLE, e.getMessage());
        }
    }

    private static LoadcastProblemException unknown(String detail, String field) {
        return new LoadcastProblemException(ProblemType.UNKNOWN_MODEL_VERSION, detail).with("field", field);
    }
}
