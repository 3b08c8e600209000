package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RegistryStub;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.WeatherDrivenDemand;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A {@code gru} run through the API on demand that heating drives, with the weather actuals and forecasts in the
 * ingest stand-in's weather API: the run trains the direct net with the horizon's weather (format 3) and backtests
 * with actuals as forecast; serving gives it the latest forecast issued by the origin ({@code ServingWeather}, as for
 * {@code day-ahead}) and says {@code UNAVAILABLE} when there is none, still forecasting.
 */
class RecurrentWeatherServingTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2021-01-04T00:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int DAYS = 150;

    @Test
    void trainsTheGruWithStoredActualsAndServesWithTheLatestForecastIssuedByTheOrigin() throws Exception {
        double[] temperatures = WeatherDrivenDemand.temperatures(DAYS, 13);
        ingest.put(WeatherDrivenDemand.series("HEATED-GRU", START, DAYS, temperatures, 17));
        WeatherDrivenDemand.storeActuals(ingest.weather(), START, temperatures);

        JsonNode run = http.train("""
                {"seriesIds":["HEATED-GRU"],"from":"2021-01-04T00:00:00Z","to":"2021-06-03T00:00:00Z",
                 "model":"gru","hyperparameters":{"backtestWeeks":"2","epochs":"3","hidden":"8","lookback":"48",
                 "stride":"12"}}""", Duration.ofMinutes(10));

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.tags()).containsEntry("loadcast.weather", "actuals-as-forecast");
        assertThat(logged.tags().get("loadcast.weather_inputs")).startsWith("used");

        // a forecast issued at 07:00 on 20 May covers 19-22 May; the origin 09:00 BST on 20 May may use it
        forecastIssued(Instant.parse("2021-05-20T06:00:00Z"), LocalDate.of(2021, 5, 19), temperatures);
        JsonNode applied = forecast("2021-05-20T08:00:00Z");
        assertThat(applied.path("weather").asString()).isEqualTo("APPLIED");
        assertThat(applied.path("points")).hasSize(48);

        // no forecast stored for 25-26 May: the net forecasts without weather and says so
        JsonNode unavailable = forecast("2021-05-25T08:00:00Z");
        assertThat(unavailable.path("weather").asString()).isEqualTo("UNAVAILABLE");
        assertThat(unavailable.path("points")).hasSize(48);
        assertThat(unavailable.path("points").get(0).path("value").asDouble()).isPositive();
    }

    private JsonNode forecast(String origin) throws Exception {
        var response = http.post(
                "/api/v1/forecasts",
                "{\"seriesId\":\"HEATED-GRU\",\"origin\":\"" + origin + "\",\"horizon\":48}",
                false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private void forecastIssued(Instant issuedAt, LocalDate first, double[] temperatures) {
        WeatherDrivenDemand.storeForecast(ingest.weather(), issuedAt, first, START, temperatures);
    }
}
