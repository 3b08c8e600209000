package io.loadcast.ingest.connectors;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.connectors.domain.CkanPage;
import io.loadcast.ingest.imports.NesoImports;
import io.loadcast.ingest.imports.domain.NesoColumns;
import io.loadcast.ingest.imports.domain.NesoFileReader;
import io.loadcast.ingest.imports.domain.ParsedNesoFile;
import io.loadcast.ingest.readings.Channel;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.ReadingQueries;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.WriteSummary;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Pulls NESO demand from the CKAN datastore API newest first, page by page, until it reaches a settlement period
 * already stored (incremental), then stores the newer periods the way an uploaded NESO file is stored: the same
 * reader and checks, every numeric column a {@code GB-*} series, not published on the readings topic. Periods not
 * yet past (the resource carries forecasts of embedded generation) are left for a later pull.
 */
final class NesoDemandConnector {

    private final IngestProperties.Neso config;
    private final JsonFetcher fetcher;
    private final SeriesCatalog catalog;
    private final ReadingQueries queries;
    private final ReadingIngestion ingestion;
    private final IngestMetrics metrics;
    private final NesoFileReader reader;
    private final Clock clock;

    NesoDemandConnector(
            IngestProperties.Neso config,
            double maxAbsValue,
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
        this.reader = new NesoFileReader(maxAbsValue);
        this.clock = clock;
    }

    /** One pull; a failure stores nothing and is reported, never thrown. */
    PullReport pull() {
        Instant latest = catalog.find(NesoColumns.seriesId("ND"))
                .flatMap(queries::latest)
                .orElse(null);
        Instant now = clock.instant();
        List<JsonNode> fresh = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        String next = "/api/3/action/datastore_search?resource_id=" + encode(config.resourceId()) + "&limit="
                + config.pageSize() + "&sort=" + encode(NesoColumns.DATE + " desc," + NesoColumns.PERIOD + " desc");
        for (int page = 0; page < config.maxPages() && next != null; page++) {
            CkanPage answer = CkanPage.of(fetcher.get(resolve(next)));
            columns.addAll(answer.numericColumns());
            boolean reachedStored = false;
            for (JsonNode record : answer.records()) {
                Instant start = CkanPage.periodStart(record);
                if (latest != null && !start.isAfter(latest)) {
                    reachedStored = true;
                } else if (!start.isAfter(now.minusSeconds(1800))) {
                    fresh.add(record);
                }
            }
            if (reachedStored || answer.records().size() < config.pageSize()) {
                break;
            }
            next = answer.next() != null
                    ? answer.next()
                    : next.replaceAll("&offset=\\d+", "") + "&offset=" + (long) (page + 1) * config.pageSize();
        }
        if (fresh.isEmpty()) {
            return new PullReport(ConnectorMetrics.NESO, PullReport.SUCCESS, 0, 0, null);
        }
        ParsedNesoFile parsed = reader.read(CkanPage.toCsv(fresh, columns), "neso-api:" + config.resourceId());
        NesoImports.registerSeries(catalog, parsed);
        List<ReadingInput> readings = parsed.readings();
        WriteSummary written = ingestion.storeImported(readings, Channel.NESO_API);
        parsed.rejectedByReason().forEach(metrics::importRejected);
        return new PullReport(
                ConnectorMetrics.NESO,
                PullReport.SUCCESS,
                written.inserted() + written.revised(),
                parsed.rejectedCount(),
                null);
    }

    /** CKAN's {@code _links.next} is a path from the site root; the base URL may carry a path prefix of a proxy. */
    private URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http")
                ? URI.create(pathOrUrl)
                : URI.create(trimSlash(config.baseUrl()) + pathOrUrl);
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
