package io.loadcast.ingest.imports.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The data-quality report of one imported file.
 *
 * @param importId id of the import
 * @param fileName name of the file
 * @param sha256 sha256 of the file's bytes (after gunzip)
 * @param rowsRead data rows in the file
 * @param rowsStored rows turned into readings and stored
 * @param rowsRejected rows refused (listed in {@code rejected})
 * @param duplicateRows rows repeating a settlement date and period (the first is kept)
 * @param readingsInserted new readings (rows x series)
 * @param readingsRevised readings that changed an already stored value (kept as a revision)
 * @param readingsUnchanged readings identical to what was stored (re-import)
 * @param series the series the file's columns map to
 * @param from first instant
 * @param to end of the last settlement period
 * @param missingPeriodCount settlement periods absent between the first and last day
 * @param outlierCount values with a robust z-score above the threshold (stored, not rejected)
 * @param rejected rejected rows (at most {@code maxListedProblems})
 * @param duplicateLines lines of duplicate rows (idem)
 * @param missingPeriods missing periods (idem)
 * @param outliers outliers (idem)
 * @param seconds time the import took
 * @param rowsPerSecond rows read per second
 */
public record QualityReport(
        UUID importId,
        String fileName,
        String sha256,
        long rowsRead,
        long rowsStored,
        long rowsRejected,
        long duplicateRows,
        long readingsInserted,
        long readingsRevised,
        long readingsUnchanged,
        List<String> series,
        @Nullable Instant from,
        @Nullable Instant to,
        long missingPeriodCount,
        long outlierCount,
        List<RowProblem> rejected,
        List<Long> duplicateLines,
        List<MissingPeriod> missingPeriods,
        List<Outlier> outliers,
        double seconds,
        double rowsPerSecond) {}
