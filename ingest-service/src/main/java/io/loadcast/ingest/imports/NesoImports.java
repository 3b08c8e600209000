package io.loadcast.ingest.imports;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.imports.domain.MissingPeriod;
import io.loadcast.ingest.imports.domain.NesoColumns;
import io.loadcast.ingest.imports.domain.NesoFileException;
import io.loadcast.ingest.imports.domain.NesoFileReader;
import io.loadcast.ingest.imports.domain.Outlier;
import io.loadcast.ingest.imports.domain.OutlierDetector;
import io.loadcast.ingest.imports.domain.ParsedNesoFile;
import io.loadcast.ingest.imports.domain.QualityReport;
import io.loadcast.ingest.imports.store.ImportLog;
import io.loadcast.ingest.readings.Channel;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.WriteSummary;
import io.loadcast.starter.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Imports NESO historic demand files: every numeric column becomes a {@code GB-*} series; returns a quality report. */
@Service
public class NesoImports {

    private static final Logger log = LoggerFactory.getLogger(NesoImports.class);

    private final SeriesCatalog catalog;
    private final ReadingIngestion ingestion;
    private final ImportLog importLog;
    private final IngestMetrics metrics;
    private final JsonMapper json;
    private final NesoFileReader reader;
    private final OutlierDetector outliers;
    private final int maxListed;

    NesoImports(
            SeriesCatalog catalog,
            ReadingIngestion ingestion,
            ImportLog importLog,
            IngestMetrics metrics,
            JsonMapper json,
            IngestProperties properties) {
        this.catalog = catalog;
        this.ingestion = ingestion;
        this.importLog = importLog;
        this.metrics = metrics;
        this.json = json;
        this.maxListed = properties.imports().maxListedProblems();
        this.reader = new NesoFileReader(
                properties.validation().maxAbsValue(),
                properties.validation().earliest(),
                properties.validation().latest(),
                maxListed);
        this.outliers = new OutlierDetector(properties.imports().outlierZ());
        metrics.declareImportRejectReasons(NesoFileReader.REJECT_REASONS);
    }

    /** Whether a file with this content was imported before. */
    public boolean alreadyImported(byte[] content) {
        return importLog.contains(FileContent.sha256(FileContent.gunzipIfNeeded(content)));
    }

    /**
     * Imports one file (plain or gzip CSV). Idempotent: importing it again stores nothing new.
     *
     * @throws NesoFileException when the file is empty or lacks the settlement date or period column
     */
    public QualityReport importFile(String fileName, byte[] content) {
        long started = System.nanoTime();
        byte[] bytes = FileContent.gunzipIfNeeded(content);
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new NesoFileException(ProblemType.EMPTY_FILE, "the file " + fileName + " is empty");
        }
        String sha256 = FileContent.sha256(bytes);
        ParsedNesoFile parsed = reader.read(new String(bytes, StandardCharsets.UTF_8), "neso:" + fileName);
        registerSeries(catalog, parsed);
        WriteSummary written = ingestion.storeImported(parsed.readings(), Channel.NESO);
        List<MissingPeriod> missing = MissingPeriod.in(parsed.periodsSeen());
        List<Outlier> found = outliers.find(parsed.readings());
        double seconds = (System.nanoTime() - started) / 1e9;
        QualityReport report = new QualityReport(
                UUID.randomUUID(),
                fileName,
                sha256,
                parsed.rowsRead(),
                parsed.rowsAccepted(),
                parsed.rejectedCount(),
                parsed.duplicateCount(),
                written.inserted(),
                written.revised(),
                written.unchanged(),
                parsed.columns().stream().map(NesoColumns::seriesId).toList(),
                first(parsed.readings()),
                last(parsed.readings()),
                missing.size(),
                found.size(),
                limit(parsed.rejected()),
                limit(parsed.duplicateLines()),
                limit(missing),
                limit(found),
                seconds,
                seconds > 0 ? parsed.rowsRead() / seconds : 0);
        importLog.record(report.importId(), fileName, sha256, json.writeValueAsString(report));
        metrics.imported(parsed.rowsRead(), seconds);
        parsed.rejectedByReason().forEach(metrics::importRejected);
        log.info(
                "imported {}: {} rows read, {} stored, {} rejected, {} readings new, {} revised in {} s",
                fileName,
                report.rowsRead(),
                report.rowsStored(),
                report.rowsRejected(),
                report.readingsInserted(),
                report.readingsRevised(),
                String.format("%.2f", seconds));
        return report;
    }

    private <T> List<T> limit(List<T> items) {
        return items.size() <= maxListed ? List.copyOf(items) : List.copyOf(items.subList(0, maxListed));
    }

    private static @Nullable Instant first(List<ReadingInput> readings) {
        return readings.stream()
                .map(ReadingInput::timestamp)
                .min(Instant::compareTo)
                .orElse(null);
    }

    private static @Nullable Instant last(List<ReadingInput> readings) {
        return readings.stream()
                .map(ReadingInput::timestamp)
                .max(Instant::compareTo)
                .map(t -> t.plus(Duration.ofMinutes(30)))
                .orElse(null);
    }

    /** Every numeric column of a NESO file is a half-hourly series in MW on the GB settlement day (Europe/London). */
    public static void registerSeries(SeriesCatalog catalog, ParsedNesoFile parsed) {
        for (String column : parsed.columns()) {
            catalog.ensure(
                    NesoColumns.seriesId(column),
                    NesoColumns.UNIT,
                    "PT30M",
                    "Europe/London",
                    NesoColumns.signed(column));
        }
    }
}
