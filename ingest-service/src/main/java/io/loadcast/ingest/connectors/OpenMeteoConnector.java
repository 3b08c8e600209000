package io.loadcast.ingest.connectors;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.connectors.domain.HourlyTemperatures;
import io.loadcast.ingest.readings.Channel;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.ReadingQueries;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.RejectReason;
import io.loadcast.ingest.readings.domain.Series;
import io.loadcast.ingest.readings.domain.WriteSummary;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pulls the hourly 2 m air temperature of each configured location from Open-Meteo into {@code
 * WEATHER-<NAME>-TEMPERATURE} (degC, PT1H, UTC). Only hours already past and after the newest stored hour are kept:
 * the rest of the answer is forecast, not measurement. A malformed answer stores nothing for its location.
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
    private final Clock clock;

    OpenMeteoConnector(
            IngestProperties.OpenMeteo config,
            JsonFetcher fetcher,
            SeriesCatalog catalog,
            ReadingQueries queries,
            ReadingIngestion ingestion,
            IngestMetrics metrics,
            Clock clock) {
        this.config = config;
        this.fetcher = fetcher;
        this.catalog = catalog;
        this.queries = queries;
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.clock = clock;
    }

    static String seriesId(IngestProperties.Location location) {
        return "WEATHER-" + location.name().toUpperCase(Locale.ROOT) + "-TEMPERATURE";
    }

    /** One pull of one location; a failure stores nothing for it and is reported by the caller. */
    PullReport pull(IngestProperties.Location location) {
        URI uri = URI.create(NesoDemandConnector.trimSlash(config.baseUrl()) + "/v1/forecast?latitude="
                + location.latitude() + "&longitude=" + location.longitude()
                + "&hourly=temperature_2m&timezone=UTC&past_days=" + config.pastDays() + "&forecast_days=1");
        List<HourlyTemperatures.Hour> hours = HourlyTemperatures.of(fetcher.get(uri));
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
        return new PullReport(
                ConnectorMetrics.OPEN_METEO,
                PullReport.SUCCESS,
                written.inserted() + written.revised(),
                rejected,
                null);
    }
}
