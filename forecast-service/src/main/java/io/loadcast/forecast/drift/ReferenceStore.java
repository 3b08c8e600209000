package io.loadcast.forecast.drift;

import java.util.Optional;

/** Where the residual references outlive the process (PostgreSQL), one per model version and series. */
public interface ReferenceStore {

    void save(ResidualReference reference);

    Optional<ResidualReference> find(String modelName, String modelVersion, String seriesId);
}
