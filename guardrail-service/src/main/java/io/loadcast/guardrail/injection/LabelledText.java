package io.loadcast.guardrail.injection;

/** A text with its label: {@code true} for an injection or attack, {@code false} for a benign prompt. */
public record LabelledText(String text, boolean injection, String group) {}
