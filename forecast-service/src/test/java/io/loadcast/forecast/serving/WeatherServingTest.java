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
 * A {@code day-ahead} run through the API on demand that heating drives, with the weather actuals and forecasts in
 * the ingest stand-in's weather API: the run fits the correction and backtests with actuals as forecast; serving
 * applies it when a forecast issued by the origin is stored, and says when it could not.
 */
class WeatherServingTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2021-01-04T00:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int DAYS = 150;

    @Test
    void trainsWithStoredActualsAndServesWithTheLatestForecastIssuedByTheOrigin() throws Exception {
        double[] temperatures = WeatherDrivenDemand.temperatures(DAYS, 3);
        ingest.put(WeatherDrivenDemand.series("HEATED", START, DAYS, temperatures, 5));
        WeatherDrivenDemand.storeActuals(ingest.weather(), START, temperatures);

        JsonNode run = http.train("""
                {"seriesIds":["HEATED"],"from":"2021-01-04T00:00:00Z","to":"2021-06-03T00:00:00Z",
                 "model":"day-ahead","hyperparameters":{"backtestWeeks":"2"}}""", Duration.ofMinutes(10));

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.tags()).containsEntry("loadcast.weather", "actuals-as-forecast");
        assertThat(Integer.parseInt(logged.tags().get("loadcast.weather_days"))).isGreaterThan(100);
        assertThat(logged.tags()).as("the stand-in stores no wind").containsEntry("loadcast.weather_wind_days", "0");

        // a forecast issued at 07:00 on 20 May covers 19-22 May; the origin 09:00 BST on 20 May may use it
        forecastIssued(Instant.parse("2021-05-20T06:00:00Z"), LocalDate.of(2021, 5, 19), temperatures);
        JsonNode applied = forecast("2021-05-20T08:00:00Z");
        assertThat(applied.path("weather").asString()).isEqualTo("APPLIED");
        assertThat(applied.path("points")).hasSize(48);

        // no forecast stored for 25-26 May: the model forecasts without its correction and says so
        assertThat(forecast("2021-05-25T08:00:00Z").path("weather").asString()).isEqualTo("UNAVAILABLE");

        // a forecast issued after the origin is not known at it
        forecastIssued(Instant.parse("2021-05-27T10:00:00Z"), LocalDate.of(2021, 5, 26), temperatures);
        assertThat(forecast("2021-05-27T08:00:00Z").path("weather").asString()).isEqualTo("UNAVAILABLE");
        assertThat(forecast("2021-05-27T10:00:00Z").path("weather").asString()).isEqualTo("APPLIED");
    }

    /** {@code auto}, as {@code ./loadcast up} trains its first model, hands the stored weather to its candidates. */
    @Test
    void autoTrainsItsCandidatesWithStoredActualsAndServesItsPickWithTheWeather() throws Exception {
        double[] temperatures = WeatherDrivenDemand.temperatures(DAYS, 3);
        ingest.put(WeatherDrivenDemand.series("HEATED-AUTO", START, DAYS, temperatures, 5));
        WeatherDrivenDemand.storeActuals(ingest.weather(), START, temperatures);

        JsonNode run = http.train("""
                {"seriesIds":["HEATED-AUTO"],"from":"2021-01-04T00:00:00Z","to":"2021-06-03T00:00:00Z",
                 "model":"auto","hyperparameters":{"backtestWeeks":"2","candidates":"day-ahead,linear,seasonal-naive"}}""", Duration.ofMinutes(10));

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        RegistryStub.Run logged = registry.run(run.path("registryRunId").asString());
        assertThat(logged.tags())
                .as("auto chose %s", logged.tags().get("loadcast.auto.choice"))
                .containsEntry("loadcast.weather", "actuals-as-forecast");
        forecastIssued(Instant.parse("2021-05-20T06:00:00Z"), LocalDate.of(2021, 5, 19), temperatures);
        assertThat(forecast("HEATED-AUTO", "2021-05-20T08:00:00Z")
                        .path("weather")
                        .asString())
                .isIn("APPLIED", "PARTIAL");
        assertThat(forecast("HEATED-AUTO", "2021-05-25T08:00:00Z")
                        .path("weather")
                        .asString())
                .isEqualTo("UNAVAILABLE");
    }

    private JsonNode forecast(String origin) throws Exception {
        return forecast("HEATED", origin);
    }

    private JsonNode forecast(String series, String origin) throws Exception {
        var response = http.post(
                "/api/v1/forecasts",
                "{\"seriesId\":\"" + series + "\",\"origin\":\"" + origin + "\",\"horizon\":48}",
                false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private void forecastIssued(Instant issuedAt, LocalDate first, double[] temperatures) {
        WeatherDrivenDemand.storeForecast(ingest.weather(), issuedAt, first, START, temperatures);
    }
}
