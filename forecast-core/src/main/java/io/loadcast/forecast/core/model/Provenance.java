package io.loadcast.forecast.core.model;

import java.time.Instant;
import java.util.List;

/**
 * Where a model came from, saved with it: enough to retrain it and to tell which data it saw.
 *
 * @param formatVersion version of the saved format, so later releases can still read older models
 * @param spec family, hyperparameters and seed
 * @param seriesIds the series trained on
 * @param dataFingerprint SHA-256 of the training values (see {@link DataFingerprint})
 * @param datasetId the ingest dataset snapshot, when trained on one
 * @param codeVersion the forecast-service build that trained it
 * @param trainedAt when training ended
 */
public record Provenance(
        int formatVersion,
        TrainingSpec spec,
        List<String> seriesIds,
        String dataFingerprint,
        String datasetId,
        String codeVersion,
        Instant trainedAt) {

    /** The format every family but the direct recurrent ones writes (older releases read it). */
    public static final int CURRENT_FORMAT = 1;

    /** The format of {@code lstm} and {@code gru} direct multi-horizon networks ({@code DirectRecurrentModel}). */
    public static final int DIRECT_RECURRENT_FORMAT = 2;

    /** The newest format this release reads; format-1 recurrent models load as the older architecture. */
    public static final int NEWEST_READABLE_FORMAT = DIRECT_RECURRENT_FORMAT;
}
