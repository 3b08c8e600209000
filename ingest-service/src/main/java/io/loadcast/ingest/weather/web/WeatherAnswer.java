package io.loadcast.ingest.weather.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Weather of a location over {@code [from, to)}; {@code issuedBy} is set for forecasts (each point the latest issue
 * at or before it).
 */
record WeatherAnswer(
        String location, Instant from, Instant to, @Nullable Instant issuedBy, List<WeatherPoint> points) {}
