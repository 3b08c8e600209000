package io.loadcast.forecast.serving;

import io.loadcast.forecast.core.artifact.ModelArtifact;

/**
 * A model version ready to serve.
 *
 * @param name the registered model name
 * @param version its version
 * @param artifact the model and its intervals
 */
public record LoadedModel(String name, String version, ModelArtifact artifact) {

    public boolean covers(String seriesId) {
        return artifact.model().provenance().seriesIds().contains(seriesId);
    }
}
