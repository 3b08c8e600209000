package io.loadcast.forecast.serving;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Serving-time interval widths ({@code loadcast.forecast.intervals.*}; issue 21, chosen on the GB validation years,
 * see the README's "Interval coverage").
 *
 * @param recent whether forecasts take their widths from the model's errors over the weeks before the origin
 *     ({@link RecentWidths}); false: the training run's widths, as the edge client serves
 * @param weeks weeks of past origins (one a day, at the origin's time of day) whose errors give the widths
 * @param poolSteps step h's width pools the residuals of steps h - poolSteps .. h + poolSteps
 * @param minOrigins fewer usable past forecasts than this (too little history before the origin): the training widths
 * @param cacheSize widths kept per model version, series and origin (and as many per time of day, for reuse)
 * @param reuse how long recent widths worked out at an origin also serve the later origins of its time of day
 */
@Validated
@ConfigurationProperties("loadcast.forecast.intervals")
public record IntervalProperties(
        @DefaultValue("true") boolean recent,
        @Positive @Max(12) @DefaultValue("4") int weeks,
        @Min(0) @Max(48) @DefaultValue("2") int poolSteps,
        @Positive @DefaultValue("14") int minOrigins,
        @Positive @DefaultValue("4096") int cacheSize,
        @DefaultValue("P7D") Duration reuse) {}
