package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.features.DailyWind;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.weather.WeatherSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code weather.wind}: on by default the days keep their wind; off, the same days without it (format-2 serving). */
class ServingWeatherTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    static final Instant ORIGIN = DAY.atTime(9, 0).atZone(LONDON).toInstant();

    /** Every hour of D-1..D+1 at 8 C, cloud 40 %, wind 6 m/s. */
    static final WeatherSource SOURCE = new WeatherSource() {
        @Override
        public WeatherDays actuals(Instant from, Instant to) {
            return knownAt(from, to);
        }

        @Override
        public WeatherDays knownAt(Instant origin, Instant to) {
            WeatherDays.Builder days = WeatherDays.builder();
            Instant start = DAY.minusDays(1).atStartOfDay(LONDON).toInstant();
            for (int h = 0; h < 72; h++) {
                days.hour(start.plusSeconds(3600L * h), 8, 40, 6);
            }
            return days.build();
        }
    };

    @Test
    void windIsHandedOnUnlessSwitchedOff() {
        WeatherDays on = serving(Map.of()).at(ORIGIN, 48);
        WeatherDays off =
                serving(Map.of("loadcast.forecast.weather.wind", "false")).at(ORIGIN, 48);

        assertThat(on.get(DAY).wind()).isEqualTo(new DailyWind(6, DailyWind.power(6)));
        assertThat(off.days().keySet()).isEqualTo(on.days().keySet());
        assertThat(off.days().values()).allSatisfy(w -> assertThat(w.wind()).isNull());
        assertThat(off.get(DAY).temperature()).isEqualTo(on.get(DAY).temperature());
        assertThat(off.get(DAY).cloud()).isEqualTo(on.get(DAY).cloud());
    }

    static ServingWeather serving(Map<String, String> settings) {
        ForecastProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("loadcast.forecast", ForecastProperties.class);
        return new ServingWeather(SOURCE, properties, new SimpleMeterRegistry());
    }
}
