package io.loadcast.forecast.bindings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which registered model serves a series.
 *
 * @param seriesId the series
 * @param modelName the registered model
 * @param version a pinned version, or null
 * @param alias an alias followed instead of the champion, or null (at most one of version and alias is set)
 * @param setBy the API key's name, or {@link ServingBindings#TAKEOVER_ACTOR} when a takeover created it
 * @param setAt when
 * @param reason why
 */
public record ServingBinding(
        String seriesId,
        String modelName,
        @Nullable String version,
        @Nullable String alias,
        String setBy,
        Instant setAt,
        String reason) {}
