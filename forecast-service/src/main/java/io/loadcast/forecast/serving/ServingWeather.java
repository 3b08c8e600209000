package io.loadcast.forecast.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.WeatherUse;
import io.loadcast.forecast.weather.WeatherSource;
import io.loadcast.forecast.weather.WeatherUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The weather known at a forecast origin, for weather-aware models: read from ingest-service once per origin and
 * kept a few minutes (many forecasts share an origin; a forecast stored later is seen after that). When ingest cannot
 * answer, no weather: the model then forecasts without its correction and the forecast says so. With {@code
 * weather.wind=false} the days lose their wind, so a format-3 {@code day-ahead} model forecasts as its format-2 self.
 */
@Component
class ServingWeather {

    private static final Logger log = LoggerFactory.getLogger(ServingWeather.class);
    private static final Duration KEEP = Duration.ofMinutes(5);

    private final WeatherSource source;
    private final boolean enabled;
    private final boolean wind;
    private final Cache<Instant, WeatherDays> known;
    private final Counter[] uses = new Counter[WeatherUse.values().length];

    ServingWeather(WeatherSource source, ForecastProperties properties, MeterRegistry meters) {
        this.source = source;
        this.enabled = properties.weather().enabled();
        this.wind = properties.weather().wind();
        this.known = Caffeine.newBuilder()
                .maximumSize(properties.weather().cacheSize())
                .expireAfterWrite(KEEP)
                .build();
        for (WeatherUse use : WeatherUse.values()) {
            uses[use.ordinal()] = meters.counter(
                    "loadcast.forecast.serving.weather", "use", use.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The days around {@code origin} up to the end of the last local day of {@code horizon} (the model's longest: the
     * answer is cached per origin); none when unavailable.
     */
    WeatherDays at(Instant origin, int horizon) {
        if (!enabled) {
            return WeatherDays.NONE;
        }
        Instant to = origin.plus(HalfHourlySeries.STEP.multipliedBy(horizon)).plus(Duration.ofDays(1));
        try {
            return known.get(origin, o -> wind ? source.knownAt(o, to) : withoutWind(source.knownAt(o, to)));
        } catch (WeatherUnavailableException e) {
            log.warn("no weather at origin {}, forecasting without the correction: {}", origin, e.getMessage());
            return WeatherDays.NONE;
        }
    }

    static WeatherDays withoutWind(WeatherDays days) {
        Map<LocalDate, DailyWeather> out = new HashMap<>();
        days.days().forEach((day, w) -> out.put(day, new DailyWeather(w.temperature(), w.cloud())));
        return new WeatherDays(out);
    }

    void count(WeatherUse use) {
        uses[use.ordinal()].increment();
    }
}
