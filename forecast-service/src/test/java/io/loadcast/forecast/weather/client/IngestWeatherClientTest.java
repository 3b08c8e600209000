package io.loadcast.forecast.weather.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.features.DailyWind;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.testing.IngestStub;
import io.micrometer.observation.ObservationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The weather client against the ingest stand-in's weather API: hourly wind ({@code windSpeed}, km/h) reaches the
 * local days as m/s, from actuals before the origin and from the latest forecast issued by it after; rows without
 * wind give days without it.
 */
class IngestWeatherClientTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private final IngestStub ingest = new IngestStub();
    private final IngestWeatherClient client = new IngestWeatherClient(
            new Binder(new MapConfigurationPropertySource(
                            Map.of("loadcast.forecast.ingest-url", ingest.url().toString())))
                    .bindOrCreate("loadcast.forecast", ForecastProperties.class),
            ObservationRegistry.NOOP);

    IngestWeatherClientTest() throws java.io.IOException {}

    @AfterEach
    void stop() {
        ingest.close();
    }

    @Test
    void hourlyWindReachesTheDaysInMetresPerSecond() {
        Instant origin = DAY.atTime(9, 0).atZone(LONDON).toInstant();
        for (int d = -2; d <= 1; d++) {
            for (int h = 0; h < 24; h++) {
                Instant hour = at(DAY.plusDays(d)).plusSeconds(3600L * h);
                if (d < 0) {
                    ingest.weather().actual(hour, 8, 50, 18);
                } else if (d == 0 && hour.isBefore(origin)) {
                    ingest.weather().actual(hour, 8, 50, Double.NaN);
                } else {
                    ingest.weather().forecast(origin.minusSeconds(3600), hour, 8, 50, 36);
                }
            }
        }

        WeatherDays known = client.knownAt(origin, at(DAY.plusDays(2)));
        WeatherDays actuals = client.actuals(at(DAY.minusDays(2)), at(DAY));

        assertThat(known.get(DAY.minusDays(1)).wind()).isEqualTo(new DailyWind(5, DailyWind.power(5)));
        assertThat(known.get(DAY.plusDays(1)).wind().speed()).isCloseTo(10, within(1e-9));
        assertThat(known.get(DAY).wind()).as("9 of 24 hours with wind").isNull();
        assertThat(known.get(DAY).temperature()).isEqualTo(8);
        assertThat(actuals.get(DAY.minusDays(2)).wind().speed()).isCloseTo(5, within(1e-9));
    }

    static Instant at(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }
}
