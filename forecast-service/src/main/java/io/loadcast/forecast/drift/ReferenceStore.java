package io.loadcast.forecast.drift;

import java.util.Optional;

/** Where the drift references outlive the process (PostgreSQL). */
public interface ReferenceStore {

    void save(String seriesId, double[] reference, String source);

    Optional<double[]> find(String seriesId);
}
