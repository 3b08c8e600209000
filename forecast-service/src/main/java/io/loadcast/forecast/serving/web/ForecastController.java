package io.loadcast.forecast.serving.web;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.serving.Forecast;
import io.loadcast.forecast.serving.ForecastService;
import io.loadcast.starter.problem.LoadcastProblemException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ForecastController {

    private final ForecastService forecasts;
    private final ForecastProperties.Limits limits;

    ForecastController(ForecastService forecasts, ForecastProperties properties) {
        this.forecasts = forecasts;
        this.limits = properties.limits();
    }

    @PostMapping("/api/v1/forecasts")
    Forecast forecast(@Valid @RequestBody ForecastRequest request) {
        return forecasts.forecast(
                request.seriesId(), request.origin(), request.horizonOrDefault(), request.modelVersion());
    }

    @PostMapping("/api/v1/forecasts/batch")
    BatchForecastResponse batch(@Valid @RequestBody BatchForecastRequest batch) {
        BatchLimits.check(batch.requests(), limits);
        List<BatchForecastResponse.Item> items = new ArrayList<>();
        for (int i = 0; i < batch.requests().size(); i++) {
            ForecastRequest r = batch.requests().get(i);
            try {
                items.add(new BatchForecastResponse.Item(
                        i,
                        forecasts.forecast(r.seriesId(), r.origin(), r.horizonOrDefault(), r.modelVersion()),
                        null,
                        null));
            } catch (LoadcastProblemException e) {
                items.add(new BatchForecastResponse.Item(i, null, e.status().value(), e.getMessage()));
            }
        }
        return new BatchForecastResponse(items);
    }
}
