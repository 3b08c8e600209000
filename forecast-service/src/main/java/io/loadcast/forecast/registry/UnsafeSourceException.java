package io.loadcast.forecast.registry;

/** A model version's artifact source that forecast-service will not fetch (unknown scheme, foreign origin). */
public class UnsafeSourceException extends RegistryUnavailableException {

    public UnsafeSourceException(String message) {
        super(message, null);
    }
}
