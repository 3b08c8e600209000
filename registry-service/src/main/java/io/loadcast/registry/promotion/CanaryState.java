package io.loadcast.registry.promotion;

import org.jspecify.annotations.Nullable;

/**
 * A challenger serving a share of forecast traffic beside the champion.
 *
 * @param state ACTIVE, ROLLED_BACK (live error too high, share set to 0) or ENDED
 * @param marginPercent how much worse than the champion's the canary's mean live error may be before rollback
 * @param windowSize how many latest live errors of each version are averaged
 * @param canaryMeanError mean of the canary's latest {@code windowSize} live errors, when it has that many
 * @param championMeanError the same for the champion
 */
public record CanaryState(
        String modelName,
        String championVersion,
        String canaryVersion,
        double share,
        double marginPercent,
        int windowSize,
        String state,
        @Nullable Double canaryMeanError,
        @Nullable Double championMeanError) {}
