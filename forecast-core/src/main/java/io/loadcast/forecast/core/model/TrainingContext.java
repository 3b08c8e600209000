package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about a training run recorded in the model's provenance.
 *
 * @param datasetId the dataset snapshot trained on, or empty
 * @param codeVersion the build of forecast-service
 * @param notes what a trainer recorded about its choices (mutable; logged as tags {@code loadcast.<key>})
 */
public record TrainingContext(String datasetId, String codeVersion, Map<String, String> notes) {

    public TrainingContext(String datasetId, String codeVersion) {
        this(datasetId, codeVersion, new LinkedHashMap<>());
    }

    /** Records how a trainer chose (e.g. {@code auto}'s candidates and their validation errors), for the run's lineage. */
    public void note(String key, String value) {
        notes.put(key, value);
    }

    public Provenance provenance(TrainingSpec spec, List<HalfHourlySeries> series) {
        return provenance(spec, series, Provenance.BASE_FORMAT);
    }

    /** The provenance of a model saved in format {@code formatVersion}. */
    public Provenance provenance(TrainingSpec spec, List<HalfHourlySeries> series, int formatVersion) {
        return new Provenance(
                formatVersion,
                spec,
                series.stream().map(HalfHourlySeries::seriesId).toList(),
                DataFingerprint.of(series),
                datasetId,
                codeVersion,
                Instant.now());
    }
}
