package io.loadcast.forecast.training.web;

import io.loadcast.contracts.RetrainReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A retraining request from CI or a schedule.
 *
 * @param seriesIds series to retrain
 * @param model family, or null for the default
 * @param datasetId dataset snapshot, or null for the latest data
 * @param reason CI, SCHEDULE or MANUAL (default CI)
 */
record RetrainingRequest(
        @NotEmpty List<@NotBlank String> seriesIds,
        @Nullable String model,
        @Nullable String datasetId,
        @Nullable RetrainReason reason) {}
