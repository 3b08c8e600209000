package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Instant;
import java.util.List;

/**
 * Facts about a training run recorded in the model's provenance.
 *
 * @param datasetId the dataset snapshot trained on, or empty
 * @param codeVersion the build of forecast-service
 */
public record TrainingContext(String datasetId, String codeVersion) {

    public Provenance provenance(TrainingSpec spec, List<HalfHourlySeries> series) {
        return new Provenance(
                Provenance.BASE_FORMAT,
                spec,
                series.stream().map(HalfHourlySeries::seriesId).toList(),
                DataFingerprint.of(series),
                datasetId,
                codeVersion,
                Instant.now());
    }
}
