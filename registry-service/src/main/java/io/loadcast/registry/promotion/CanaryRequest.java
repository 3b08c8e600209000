package io.loadcast.registry.promotion;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Starts or changes a canary: {@code share} of forecast traffic goes to {@code version}. On a governed model a
 * version the policy has not cleared gets traffic only from a MANAGE key giving {@code overrideReason}.
 */
public record CanaryRequest(
        @NotBlank String version,
        @NotNull @DecimalMin("0.0") @DecimalMax("1.0") Double share,
        @NotNull @PositiveOrZero Double marginPercent,
        @NotNull @Min(1) @Max(10000) Integer windowSize,
        @Nullable @Size(max = 1000) String overrideReason) {}
