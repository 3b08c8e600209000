package io.loadcast.forecast.serving.web;

import io.loadcast.forecast.serving.Forecast;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Results in request order: each a forecast or the problem that stopped it.
 *
 * @param results one per request
 */
record BatchForecastResponse(List<Item> results) {

    /**
     * @param index position of the request
     * @param forecast the forecast, when it succeeded
     * @param status the HTTP status the single request would have had, when it failed
     * @param detail why it failed
     */
    record Item(
            int index,
            @Nullable Forecast forecast,
            @Nullable Integer status,
            @Nullable String detail) {}
}
