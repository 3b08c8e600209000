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

    /*
     * Format versions count per family: a reader dispatches on the family first, then on its version.
     */

    /** The format of every family's saved model unless said below; older releases read it. */
    public static final int BASE_FORMAT = 1;

    /** A {@code day-ahead} model with a weather correction after its head weights; older releases refuse it. */
    public static final int WEATHER_FORMAT = 2;

    /**
     * A {@code day-ahead} model whose weather correction has a wind stage after it (fitted on the days with hourly wind);
     * a model trained where too few days have wind stays format 2.
     */
    public static final int DAY_AHEAD_WIND_FORMAT = 3;

    /** {@code lstm} and {@code gru} direct multi-horizon networks ({@code DirectRecurrentModel}). */
    public static final int DIRECT_RECURRENT_FORMAT = 2;

    /**
     * {@code lstm} and {@code gru} direct networks that also take the horizon's weather ({@code DirectWeather}); a net
     * trained without weather stays format 2, which older releases read.
     */
    public static final int DIRECT_WEATHER_FORMAT = 3;

    /**
     * {@code lstm} and {@code gru} direct networks that also take the day-type inputs of {@code DirectCalendar}
     * (holiday-aware and two-week lags, Christmas and bridge-day flags, the last days' means); older releases refuse it.
     */
    public static final int DIRECT_CALENDAR_FORMAT = 4;

    /** Format {@link #DIRECT_CALENDAR_FORMAT} with the horizon's weather too ({@code DirectWeather}). */
    public static final int DIRECT_CALENDAR_WEATHER_FORMAT = 5;

    /**
     * {@code lstm} and {@code gru}: several direct networks of one spec (seeds {@code seed}, {@code seed + 1}, ...)
     * whose mean is the forecast ({@code DirectMembersModel}); each member keeps its own format (2 to 5) inside. A
     * spec of one member saves as that member's format.
     */
    public static final int DIRECT_MEMBERS_FORMAT = 6;

    /** The newest format this release reads; format-1 recurrent models load as the older architecture. */
    public static final int NEWEST_READABLE_FORMAT = 6;

    public Provenance withFormat(int version) {
        return new Provenance(version, spec, seriesIds, dataFingerprint, datasetId, codeVersion, trainedAt);
    }
}
