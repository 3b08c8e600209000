package io.loadcast.guardrail.guard.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * @param passages retrieved passages to check for hidden instructions, answered in the same order
 */
record PassageCheckRequest(@NotEmpty List<@Valid @NotNull Item> passages) {

    /**
     * @param id the caller's id for the passage (a chunk id), echoed in the result
     * @param text the passage
     */
    record Item(@NotBlank String id, @NotBlank String text) {}
}
