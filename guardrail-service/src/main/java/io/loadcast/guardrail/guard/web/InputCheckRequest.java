package io.loadcast.guardrail.guard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * @param text what the user wrote
 * @param context passages retrieved for it, checked for indirect injection
 */
record InputCheckRequest(@NotBlank String text, @Nullable List<@NotNull String> context) {}
