package io.loadcast.contracts;

/** Names of the Kafka topics of ARCHITECTURE.md. Records are keyed by series id or model name. */
public final class Topics {

    /** Raw readings from edge devices and the ingest REST API; key = series id. */
    public static final String READINGS_RAW = "grid.readings.raw.v1";

    /** Readings that passed validation and were stored; key = series id. */
    public static final String READINGS = "grid.readings.v1";

    /** Rejected raw records with the reason; key = series id when it could be read. */
    public static final String READINGS_DLQ = "grid.readings.dlq.v1";

    /** The latest forecast of each series; key = series id. */
    public static final String FORECASTS = "grid.forecasts.v1";

    /** Model lifecycle events from the registry; key = registered model name. */
    public static final String MODEL_EVENTS = "ml.model-events.v1";

    /** Drift detected by forecast-service; key = series id. */
    public static final String DRIFT = "ml.drift.v1";

    /** Requests to retrain a model; key = series id of the first series. */
    public static final String RETRAIN_REQUESTS = "ml.retrain-requests.v1";

    private Topics() {}
}
