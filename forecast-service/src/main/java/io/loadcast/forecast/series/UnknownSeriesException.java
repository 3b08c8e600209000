package io.loadcast.forecast.series;

/** Ingest-service does not know the series or dataset. */
public class UnknownSeriesException extends RuntimeException {

    public UnknownSeriesException(String message) {
        super(message);
    }
}
