package io.loadcast.forecast.weather.client;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.calls.ServiceClient;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.weather.WeatherSource;
import io.loadcast.forecast.weather.WeatherUnavailableException;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ingest-service's {@code /api/v1/weather/{location}/actuals} and {@code /forecast?issuedBy} through a {@link
 * ServiceClient} (timeouts, retried reads, circuit breaker) and turns the rows into {@link WeatherDays}: daily rows
 * as they are, hourly rows averaged over the local day, with their wind ({@code windSpeed}, km/h, into m/s) when given.
 */
@Component
class IngestWeatherClient implements WeatherSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The lag days reach a week back, and the latest same-time day may be two days back of a local day. */
    private static final Duration LAGS = Duration.ofDays(9);

    private static final double KMH = 3.6;

    private final ServiceClient ingest;
    private final URI base;
    private final String location;

    IngestWeatherClient(ForecastProperties properties, ObservationRegistry observations) {
        this.ingest =
                ServiceClient.create("ingest-weather", properties.ingestUrl(), null, properties.http(), observations);
        this.base = properties.ingestUrl();
        this.location = properties.weather().location();
    }

    @Override
    public WeatherDays actuals(Instant from, Instant to) {
        WeatherDays.Builder days = WeatherDays.builder();
        for (JsonNode row : points("/actuals?from=" + from + "&to=" + to)) {
            add(days, row);
        }
        return days.build();
    }

    @Override
    public WeatherDays knownAt(Instant origin, Instant to) {
        Instant from = origin.minus(LAGS);
        Map<Instant, JsonNode> hours = new TreeMap<>();
        WeatherDays.Builder days = WeatherDays.builder();
        for (JsonNode row : points("/forecast?issuedBy=" + origin + "&from=" + from + "&to=" + to)) {
            hours.put(Instant.parse(row.path("validTime").asString()), row);
        }
        for (JsonNode row : points("/actuals?from=" + from + "&to=" + origin)) {
            if (row.path("resolution").asString().equals("P1D")) {
                add(days, row);
            } else {
                hours.put(Instant.parse(row.path("validTime").asString()), row);
            }
        }
        hours.values().forEach(row -> add(days, row));
        return days.build();
    }

    private static void add(WeatherDays.Builder days, JsonNode row) {
        Instant t = Instant.parse(row.path("validTime").asString());
        double temperature = row.path("temperature").asDouble(Double.NaN);
        double cloud = row.path("cloudCover").asDouble(Double.NaN);
        if (row.path("temperature").isNull() || row.path("cloudCover").isNull()) {
            return;
        }
        if (row.path("resolution").asString().equals("P1D")) {
            days.day(t.atZone(LONDON).toLocalDate(), temperature, cloud);
        } else {
            JsonNode wind = row.path("windSpeed");
            days.hour(t, temperature, cloud, wind.isNumber() ? wind.asDouble() / KMH : Double.NaN);
        }
    }

    private JsonNode points(String query) {
        URI uri = base.resolve("/api/v1/weather/" + location + query);
        try {
            byte[] body = ingest.call(
                    true, () -> ingest.rest().get().uri(uri).retrieve().body(byte[].class));
            return JSON.readTree(body == null ? new byte[0] : body).path("points");
        } catch (RestClientException | io.github.resilience4j.circuitbreaker.CallNotPermittedException e) {
            throw new WeatherUnavailableException("ingest-service weather of " + location + ": " + e.getMessage(), e);
        }
    }
}
