package io.loadcast.registry.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * When a challenger replaces the champion: its backtest {@code metricKey} (an error, lower is better) must beat
 * the champion's by at least {@code minImprovementPercent}, the champion measured on the challenger's own window
 * ({@code champion_<metricKey>}) or else on the same dataset; with {@code requireApproval} a key with MANAGE must
 * then approve.
 */
public record PromotionPolicy(
        @NotBlank String metricKey, @NotNull @PositiveOrZero Double minImprovementPercent, boolean requireApproval) {}
