package io.loadcast.edge;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import java.time.Instant;

/**
 * A champion serving on the device.
 *
 * @param name the registered model
 * @param version its version
 * @param sha256 the verified sha256 of the artifact (lower-case hex)
 * @param artifact the model and its conformal intervals, as forecast-core loaded them
 * @param loadedAt when it started serving here
 */
public record LoadedChampion(String name, String version, String sha256, ModelArtifact artifact, Instant loadedAt) {

    /** Whether the model was trained on {@code seriesId}. */
    public boolean covers(String seriesId) {
        return artifact.model().provenance().seriesIds().contains(seriesId);
    }
}
