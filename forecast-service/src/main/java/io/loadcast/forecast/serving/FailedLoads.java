package io.loadcast.forecast.serving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A negative cache of model versions that failed to load: a keyless forecast request for a series whose champion
 * cannot be loaded must not make forecast-service fetch the artifact again on every request.
 */
final class FailedLoads {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> until = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration retryAfter;

    FailedLoads(Clock clock, Duration retryAfter) {
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    boolean recently(String key) {
        Instant expiry = until.get(key);
        if (expiry == null) {
            return false;
        }
        if (clock.instant().isBefore(expiry)) {
            return true;
        }
        until.remove(key, expiry);
        return false;
    }

    void remember(String key) {
        if (until.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            until.values().removeIf(expiry -> !now.isBefore(expiry));
        }
        until.put(key, clock.instant().plus(retryAfter));
    }
}
