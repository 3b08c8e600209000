package io.loadcast.ingest.connectors;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.connectors.domain.HourlyTemperatures;
import io.loadcast.ingest.connectors.domain.HourlyWeather;
import io.loadcast.ingest.readings.Channel;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.ReadingQueries;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.RejectReason;
import io.loadcast.ingest.readings.domain.Series;
import io.loadcast.ingest.readings.domain.WriteSummary;
import io.loadcast.ingest.weather.Weather;
import io.loadcast.ingest.weather.domain.WeatherResolution;
import io.loadcast.ingest.weather.domain.WeatherRow;
import io.loadcast.ingest.weather.domain.WeatherSource;
import io.loadcast.ingest.weather.domain.WeatherValues;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pulls the hourly 2 m air temperature of each configured location from Open-Meteo into {@code
 * WEATHER-<NAME>-TEMPERATURE} (degC, PT1H, UTC). Only hours already past and after the newest stored hour are kept:
 * the rest of the answer is forecast, not measurement. The whole answer (temperature, wind, cloud, radiation) also
 * goes to the weather store: hours from the pull's hour on as a forecast issued at the pull's time (what was known
 * then), earlier hours as actuals. A malformed answer stores nothing for its location.
 */
final class OpenMeteoConnector {

    /** Colder or hotter than any air temperature measured on Earth: a broken value, not weather. */
    private static final double MAX_ABS_CELSIUS = 100;

    private final IngestProperties.OpenMeteo config;
    private final JsonFetcher fetcher;
    private final SeriesCatalog catalog;
    private final ReadingQueries queries;
    private final ReadingIngestion ingestion;
    private final IngestMetrics metrics;
    private final Weather weather;
    private final Clock clock;

    OpenMeteoConnector(
            IngestProperties.OpenMeteo config,
            JsonFetcher fetcher,
            SeriesCatalog catalog,
            ReadingQueries queries,
            ReadingIngestion ingestion,
            IngestMetrics metrics,
            Weather weather,
            Clock clock) {
        this.config = config;
        this.fetcher = fetcher;
        this.catalog = catalog;
        this.queries = queries;
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.weather = weather;
        this.clock = clock;
    }

    static String seriesId(IngestProperties.Location location) {
        return "WEATHER-" + location.name().toUpperCase(Locale.ROOT) + "-TEMPERATURE";
    }

    /** One pull of one location; a failure stores nothing for it and is reported by the caller. */
    PullReport pull(IngestProperties.Location location) {
        URI uri = URI.create(NesoDemandConnector.trimSlash(config.baseUrl()) + "/v1/forecast?latitude="
                + location.latitude() + "&longitude=" + location.longitude()
                + "&hourly=temperature_2m,"
                + String.join(
                        ",", HourlyWeather.VARIABLES.keySet().stream().sorted().toList())
                + "&timezone=UTC&past_days=" + config.pastDays() + "&forecast_days=" + config.forecastDays());
        var body = fetcher.get(uri);
        List<HourlyTemperatures.Hour> hours = HourlyTemperatures.of(body);
        List<HourlyWeather.Hour> all = HourlyWeather.of(body);
        Series series = catalog.ensure(seriesId(location), "degC", "PT1H", "UTC", true);
        Instant latest = queries.latest(series).orElse(Instant.MIN);
        Instant now = clock.instant();
        List<ReadingInput> readings = new ArrayList<>();
        long rejected = 0;
        for (HourlyTemperatures.Hour hour : hours) {
            if (!hour.time().isAfter(latest) || hour.time().isAfter(now)) {
                continue;
            }
            if (!Double.isFinite(hour.celsius()) || Math.abs(hour.celsius()) > MAX_ABS_CELSIUS) {
                metrics.rejected(Channel.OPEN_METEO, RejectReason.ABSURD_VALUE);
                rejected++;
                continue;
            }
            readings.add(new ReadingInput(series.id(), hour.time(), hour.celsius(), "degC", "open-meteo"));
        }
        WriteSummary written = ingestion.storeImported(readings, Channel.OPEN_METEO);
        storeWeather(location, all, now);
        return new PullReport(
                ConnectorMetrics.OPEN_METEO,
                PullReport.SUCCESS,
                written.inserted() + written.revised(),
                rejected,
                null);
    }

    /** Hours from the pull's hour on as a forecast issued now; earlier hours as actuals. */
    private void storeWeather(IngestProperties.Location location, List<HourlyWeather.Hour> hours, Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        List<WeatherRow> forecast = new ArrayList<>();
        List<WeatherRow> actuals = new ArrayList<>();
        for (HourlyWeather.Hour h : hours) {
            if (h.temperature() != null && Math.abs(h.temperature()) > MAX_ABS_CELSIUS) {
                continue;
            }
            boolean ahead = !h.time().isBefore(hour);
            WeatherValues values = new WeatherValues(h.temperature(), h.windSpeed(), h.cloudCover(), h.radiation());
            (ahead ? forecast : actuals)
                    .add(new WeatherRow(h.time(), WeatherResolution.PT1H, ahead ? now : null, values));
        }
        weather.storeForecast(location.name(), now, forecast, WeatherSource.OPEN_METEO);
        weather.storeActuals(location.name(), actuals, WeatherSource.OPEN_METEO);
    }
}
