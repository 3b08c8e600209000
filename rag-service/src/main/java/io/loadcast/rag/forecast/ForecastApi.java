package io.loadcast.rag.forecast;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** forecast-service's forecast endpoint, as the tool calls it (declarative client over RestClient). */
@HttpExchange(url = "/api/v1", contentType = "application/json", accept = "application/json")
interface ForecastApi {

    record ForecastRequest(String seriesId, int horizon) {}

    @PostExchange("/forecasts")
    ForecastFact forecast(@RequestBody ForecastRequest request);
}
