package io.loadcast.forecast.drift;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The per-series rate limit of drift-triggered retrains, shared by every replica (PostgreSQL), so a partition
 * rebalance to a replica whose in-memory watch is fresh does not request another one.
 */
public interface RetrainCooldown {

    /**
     * Claims a drift retrain of {@code seriesId} as {@code requestId}: true (and recorded) when no training run of the
     * series is queued or running and the last drift retrain of the series is at least {@code cooldown} old.
     */
    boolean claim(String seriesId, Instant now, Duration cooldown, UUID requestId);
}
