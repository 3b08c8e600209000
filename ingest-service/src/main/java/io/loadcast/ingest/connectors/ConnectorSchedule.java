package io.loadcast.ingest.connectors;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.connectors.domain.MalformedResponseException;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.ReadingQueries;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.weather.Weather;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the connectors whose base URL is configured, each at its own fixed delay, on one thread of its own (a slow
 * API never delays the Kafka listener or the REST API). Off entirely when no base URL is set, the default. A failed or
 * malformed pull is logged and counted and stores nothing; the next pull tries again. With several replicas each
 * scheduled pull runs on one of them per interval ({@link ConnectorLock}).
 */
@Component
public class ConnectorSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConnectorSchedule.class);

    private final IngestProperties.Connectors config;
    private final ConnectorMetrics metrics;
    private final ConnectorLock lock;
    private final @Nullable NesoDemandConnector neso;
    private final @Nullable OpenMeteoConnector openMeteo;
    private @Nullable ThreadPoolTaskScheduler scheduler;

    ConnectorSchedule(
            IngestProperties properties,
            JsonMapper json,
            SeriesCatalog catalog,
            ReadingQueries queries,
            ReadingIngestion ingestion,
            IngestMetrics ingestMetrics,
            ConnectorMetrics metrics,
            ConnectorLock lock,
            Weather weather,
            Clock clock) {
        this.config = properties.connectors();
        this.metrics = metrics;
        this.lock = lock;
        JsonFetcher fetcher = new JsonFetcher(json, Duration.ofMillis(500));
        this.neso = config.neso().enabled()
                ? new NesoDemandConnector(
                        config.neso(),
                        properties.validation().maxAbsValue(),
                        fetcher,
                        catalog,
                        queries,
                        ingestion,
                        ingestMetrics,
                        clock)
                : null;
        this.openMeteo = config.openMeteo().enabled()
                ? new OpenMeteoConnector(
                        config.openMeteo(), fetcher, catalog, queries, ingestion, ingestMetrics, weather, clock)
                : null;
    }

    /** Whether any connector is configured. */
    public boolean active() {
        return neso != null || openMeteo != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!active()) {
            log.info("no connector base URL configured: scheduled pulls are off");
            return;
        }
        ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
        tasks.setPoolSize(1);
        tasks.setThreadNamePrefix("connectors-");
        tasks.setDaemon(true);
        tasks.initialize();
        scheduler = tasks;
        if (neso != null) {
            Duration interval = config.neso().interval();
            tasks.scheduleWithFixedDelay(() -> lock.once("connector-neso", interval, this::pullNeso), interval);
        }
        if (openMeteo != null) {
            Duration interval = config.openMeteo().interval();
            tasks.scheduleWithFixedDelay(
                    () -> lock.once("connector-open-meteo", interval, this::pullOpenMeteo), interval);
        }
    }

    /** Pulls NESO demand now (the scheduled task; also callable directly). */
    public @Nullable PullReport pullNeso() {
        NesoDemandConnector connector = neso;
        return connector == null ? null : run(ConnectorMetrics.NESO, connector::pull);
    }

    /** Pulls the temperature of every configured location now. */
    public List<PullReport> pullOpenMeteo() {
        OpenMeteoConnector connector = openMeteo;
        List<PullReport> reports = new ArrayList<>();
        if (connector != null) {
            for (IngestProperties.Location location : config.openMeteo().locations()) {
                reports.add(run(ConnectorMetrics.OPEN_METEO, () -> connector.pull(location)));
            }
        }
        return reports;
    }

    private PullReport run(String connector, Supplier<PullReport> pull) {
        PullReport report;
        try {
            report = pull.get();
            log.info(
                    "{} pull: {} readings stored, {} rejected",
                    connector,
                    report.readingsStored(),
                    report.rowsRejected());
        } catch (MalformedResponseException e) {
            log.warn("{} pull: malformed response, nothing stored: {}", connector, e.getMessage());
            report = new PullReport(connector, PullReport.MALFORMED, 0, 0, e.getMessage());
        } catch (JsonFetcher.FetchFailedException e) {
            log.warn("{} pull failed, retried at the next interval: {}", connector, e.getMessage());
            report = new PullReport(connector, PullReport.FAILED, 0, 0, e.getMessage());
        } catch (RuntimeException e) {
            // the database may be down: the scheduler must survive it and try again next time
            log.error("{} pull failed", connector, e);
            report = new PullReport(connector, PullReport.FAILED, 0, 0, e.toString());
        }
        return metrics.count(report);
    }

    @Override
    public void close() {
        ThreadPoolTaskScheduler tasks = scheduler;
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
