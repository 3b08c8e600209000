package io.loadcast.forecast.training.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A backtest of a registered version.
 *
 * @param modelName registered model (with {@code version})
 * @param version its version
 * @param runId instead of name and version: a succeeded training run of this service
 * @param weeks weeks of origins, 1-12 (default 4)
 * @param to end of the data (exclusive; default now: the latest data)
 */
record BacktestRequest(
        @Nullable String modelName,
        @Nullable String version,
        @Nullable String runId,
        @Nullable @Min(1) @Max(12) Integer weeks,
        @Nullable Instant to) {}
