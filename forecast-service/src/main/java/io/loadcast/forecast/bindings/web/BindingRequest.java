package io.loadcast.forecast.bindings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code PUT /api/v1/serving-bindings/{series}}.
 *
 * @param modelName the registered model that serves the series
 * @param version a version to pin, or none
 * @param alias an alias to follow instead of the champion, or none
 * @param reason why (kept with the binding and in the audit trail)
 */
record BindingRequest(
        @NotBlank @Size(max = 256) String modelName,
        @Nullable @Size(min = 1, max = 64) String version,
        @Nullable @Size(min = 1, max = 64) String alias,
        @NotBlank @Size(max = 1000) String reason) {}
