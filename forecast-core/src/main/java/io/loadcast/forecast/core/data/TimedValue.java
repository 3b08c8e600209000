package io.loadcast.forecast.core.data;

import java.time.Instant;

/** One reading: the start of its period and its value. */
public record TimedValue(Instant timestamp, double value) {}
