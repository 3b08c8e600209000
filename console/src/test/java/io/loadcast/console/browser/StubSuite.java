package io.loadcast.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The REST APIs the console calls, as documented in ARCHITECTURE.md and the services' controllers: ingest (series,
 * readings, daily resampling), forecast (forecasts, drift, training runs, champion), registry (MLflow search and
 * the canary extension) and rag (questions with citations).
 */
final class StubSuite {

    static final String MODEL = "gb-demand-lstm";
    /** A historic import, as the local stack loads NESO data: the page must find where its readings end. */
    static final Instant GRID_END = Instant.parse("2024-01-31T00:00:00Z");

    final Map<String, SeriesData> series = new TreeMap<>();
    final StubService ingest;
    final StubService forecast;
    final StubService registry;
    final StubService rag;
    final ForecastApi forecastApi;

    record SeriesData(String id, String unit, DemandCurve curve, NavigableMap<Instant, Double> readings) {}

    static StubSuite start() {
        try {
            return new StubSuite();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StubSuite() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        // real national demand when the shared data is there, else a curve of the same shape
        add(new SeriesData(
                "GB-ND",
                "MW",
                DemandCurve.grid(),
                NesoFortnight.read(GRID_END).orElseGet(() -> DemandCurve.grid().readings(GRID_END, 14, 42))));
        add(new SeriesData(
                "site-0042",
                "kW",
                DemandCurve.officeSite(),
                DemandCurve.officeSite().readings(now, 14, 7)));
        forecastApi = new ForecastApi(series);
        ingest = new StubService("ingest-service", new IngestApi(series)::handle);
        forecast = new StubService("forecast-service", forecastApi::handle);
        registry = new StubService("registry-service", new RegistryApi()::handle);
        rag = new StubService("rag-service", new Assistant()::answer);
    }

    private void add(SeriesData data) {
        series.put(data.id(), data);
    }

    void stop() {
        List.of(ingest, forecast, registry, rag).forEach(StubService::stop);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }
}
