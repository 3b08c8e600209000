package io.loadcast.forecast.serving.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Many forecasts at once: several series, or one series at several origins. */
record BatchForecastRequest(@NotEmpty @Size(max = 500) List<@Valid ForecastRequest> requests) {}
