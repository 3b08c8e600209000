package io.loadcast.guardrail.guard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * @param question what the user asked
 * @param answer what the assistant answered
 * @param contexts the passages the answer should rest on
 */
record OutputCheckRequest(
        @NotBlank String question,
        @NotBlank String answer,
        @NotNull List<@NotNull String> contexts) {}
