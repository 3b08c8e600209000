package io.loadcast.forecast.bindings;

import io.loadcast.forecast.core.model.ForecastModel;

/** A model version that serves, or would serve, a series. */
public record Contender(String name, String version, ForecastModel model) {}
