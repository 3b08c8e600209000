package io.loadcast.forecast.bindings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Serving bindings and takeovers ({@code loadcast.forecast.bindings.*}).
 *
 * @param refresh how long a replica serves its cached copy of a series' binding; a change through this replica is
 *     seen at once, one through another replica within this
 * @param takeoverWeeks weeks of origins (every 12 h) on which a would-be new model and the serving one are compared
 * @param retryNotMeasured a comparison that could not be made (ingest down, too little history) is tried again on a
 *     request this long after it
 */
@Validated
@ConfigurationProperties("loadcast.forecast.bindings")
public record BindingsProperties(
        @NotNull @DefaultValue("PT10S") Duration refresh,
        @Positive @Max(12) @DefaultValue("2") int takeoverWeeks,
        @NotNull @DefaultValue("PT10M") Duration retryNotMeasured) {}
