package io.loadcast.ingest.imports.domain;

import io.loadcast.ingest.readings.domain.ReadingInput;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A NESO file read into readings.
 *
 * @param columns the numeric columns (each one a series)
 * @param readings one reading per accepted row and numeric column
 * @param rowsRead data rows in the file
 * @param rowsAccepted rows turned into readings
 * @param rejected the first rejected rows with line and reason (at most the reader's {@code maxKept})
 * @param rejectedCount every rejected row
 * @param rejectedByReason rejected rows by reason code
 * @param duplicateLines the first lines repeating a settlement date and period already read (the first one is kept)
 * @param duplicateCount every duplicate line
 * @param periodsSeen settlement periods present, by day (bit n = period n)
 */
public record ParsedNesoFile(
        List<String> columns,
        List<ReadingInput> readings,
        long rowsRead,
        long rowsAccepted,
        List<RowProblem> rejected,
        long rejectedCount,
        Map<String, Long> rejectedByReason,
        List<Long> duplicateLines,
        long duplicateCount,
        SortedMap<LocalDate, BitSet> periodsSeen) {}
