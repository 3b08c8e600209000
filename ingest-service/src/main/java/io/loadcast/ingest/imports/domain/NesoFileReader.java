package io.loadcast.ingest.imports.domain;

import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.starter.problem.ProblemType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a NESO "historic demand data" CSV of any year: the columns are taken from the header (17 to 22 of them), the
 * date format from each value, and each row's settlement period becomes a UTC instant. A bad row is rejected with its
 * line number and the rest of the file is kept.
 */
public final class NesoFileReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    /** Every reason code a rejected line can carry (a closed set: the metrics register each one at startup). */
    public static final List<String> REJECT_REASONS = List.of(
            "CSV_SYNTAX",
            "FIELD_COUNT",
            "NOT_UTF8",
            "INVALID_DATE",
            "INVALID_PERIOD",
            "NOT_A_NUMBER",
            "ABSURD_VALUE",
            "NEGATIVE_VALUE");

    private final double maxAbsValue;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final int maxKept;

    /** A reader with the default domain range (1900..2200) that keeps the first 100 rejected lines. */
    public NesoFileReader(double maxAbsValue) {
        this(maxAbsValue, Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"), 100);
    }

    /**
     * @param earliest settlement days before this instant's UTC date are rejected as {@code INVALID_DATE}
     * @param latest settlement days on or after this instant's UTC date are rejected as {@code INVALID_DATE}
     * @param maxKept most rejected and duplicate lines kept (all are counted): a file of bad rows must not fill the heap
     */
    public NesoFileReader(double maxAbsValue, Instant earliest, Instant latest, int maxKept) {
        this.maxAbsValue = maxAbsValue;
        this.earliest = LocalDate.ofInstant(earliest, ZoneOffset.UTC);
        this.latest = LocalDate.ofInstant(latest, ZoneOffset.UTC);
        this.maxKept = maxKept;
    }

    /**
     * Reads the text of a file (already decoded; undecodable bytes appear as U+FFFD and reject their line).
     *
     * @throws NesoFileException when the file has no header or lacks the settlement date or period column
     */
    public ParsedNesoFile read(String text, String source) {
        var sheet = new Sheet(source);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                if (sheet.header == null) {
                    sheet.header(record);
                } else {
                    sheet.row(record);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            sheet.reject(sheet.lastLine + 1, null, "CSV_SYNTAX", "unreadable CSV after this line: " + e.getMessage());
        }
        if (sheet.header == null) {
            throw new NesoFileException(ProblemType.EMPTY_FILE, "the file holds no header and no rows");
        }
        return new ParsedNesoFile(
                sheet.columns,
                sheet.readings,
                sheet.rowsRead,
                sheet.rowsAccepted,
                sheet.rejected,
                sheet.rejectedCount,
                Map.copyOf(sheet.rejectedByReason),
                sheet.duplicates,
                sheet.duplicateCount,
                sheet.periodsSeen);
    }

    private final class Sheet {
        private final String source;
        private String @Nullable [] header;
        private int dateIndex;
        private int periodIndex;
        private final List<String> columns = new ArrayList<>();
        private final List<Integer> columnIndexes = new ArrayList<>();
        private final List<ReadingInput> readings = new ArrayList<>();
        private final List<RowProblem> rejected = new ArrayList<>();
        private final List<Long> duplicates = new ArrayList<>();
        private final Map<String, Long> rejectedByReason = new TreeMap<>();
        private long rejectedCount;
        private long duplicateCount;
        private final TreeMap<LocalDate, BitSet> periodsSeen = new TreeMap<>();
        private long rowsRead;
        private long rowsAccepted;
        private long lastLine = 1;

        Sheet(String source) {
            this.source = source;
        }

        void header(CSVRecord record) {
            header = new String[record.size()];
            for (int i = 0; i < record.size(); i++) {
                header[i] = record.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
            }
            List<String> names = List.of(header);
            dateIndex = names.indexOf(NesoColumns.DATE);
            periodIndex = names.indexOf(NesoColumns.PERIOD);
            if (dateIndex < 0 || periodIndex < 0) {
                throw new NesoFileException(
                        ProblemType.MISSING_COLUMN,
                        "the header must name " + NesoColumns.DATE + " and " + NesoColumns.PERIOD + "; it has "
                                + names);
            }
            for (int i = 0; i < header.length; i++) {
                if (i != dateIndex && i != periodIndex && !header[i].isEmpty()) {
                    columns.add(header[i]);
                    columnIndexes.add(i);
                }
            }
        }

        void row(CSVRecord record) {
            long line = record.getRecordNumber();
            lastLine = line;
            rowsRead++;
            String[] names = Objects.requireNonNull(header, "rows are read after the header");
            if (record.size() != names.length) {
                reject(line, null, "FIELD_COUNT", "expected " + names.length + " fields, found " + record.size());
                return;
            }
            for (String value : record) {
                if (value.indexOf('\uFFFD') >= 0) {
                    reject(line, null, "NOT_UTF8", "the line holds bytes that are not UTF-8");
                    return;
                }
            }
            LocalDate date;
            try {
                date = NesoDates.parse(record.get(dateIndex));
            } catch (DateTimeParseException e) {
                reject(line, NesoColumns.DATE, "INVALID_DATE", "'" + record.get(dateIndex) + "': " + e.getMessage());
                return;
            }
            if (date.isBefore(earliest) || !date.isBefore(latest)) {
                reject(line, NesoColumns.DATE, "INVALID_DATE", date + " is outside [" + earliest + ", " + latest + ")");
                return;
            }
            SettlementDay day = SettlementDay.of(date, SettlementDay.GB);
            int period;
            try {
                period = Integer.parseInt(record.get(periodIndex));
            } catch (NumberFormatException e) {
                reject(line, NesoColumns.PERIOD, "INVALID_PERIOD", "'" + record.get(periodIndex) + "' is not a number");
                return;
            }
            if (period < 1 || period > day.periods()) {
                reject(
                        line,
                        NesoColumns.PERIOD,
                        "INVALID_PERIOD",
                        "period " + period + " on " + date + ", a day of " + day.periods() + " settlement periods");
                return;
            }
            double[] values = new double[columnIndexes.size()];
            for (int c = 0; c < values.length; c++) {
                String column = columns.get(c);
                String text = record.get(columnIndexes.get(c));
                try {
                    values[c] = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    reject(line, column, "NOT_A_NUMBER", "'" + text + "' is not a number");
                    return;
                }
                if (!Double.isFinite(values[c]) || Math.abs(values[c]) > maxAbsValue) {
                    reject(line, column, "ABSURD_VALUE", text + " is not a plausible value in MW");
                    return;
                }
                if (values[c] < 0 && !NesoColumns.signed(column)) {
                    reject(line, column, "NEGATIVE_VALUE", text + " is negative and " + column + " cannot be");
                    return;
                }
            }
            BitSet seen = periodsSeen.computeIfAbsent(date, d -> new BitSet(51));
            if (seen.get(period)) {
                duplicateCount++;
                if (duplicates.size() < maxKept) {
                    duplicates.add(line);
                }
                return;
            }
            seen.set(period);
            rowsAccepted++;
            var timestamp = day.periodStart(period);
            for (int c = 0; c < values.length; c++) {
                readings.add(new ReadingInput(
                        NesoColumns.seriesId(columns.get(c)), timestamp, values[c], NesoColumns.UNIT, source));
            }
        }

        private void reject(long line, @Nullable String column, String reason, String detail) {
            assert REJECT_REASONS.contains(reason) : reason + " is missing from REJECT_REASONS";
            rejectedCount++;
            rejectedByReason.merge(reason, 1L, Long::sum);
            if (rejected.size() < maxKept) {
                rejected.add(new RowProblem(line, column, reason, detail));
            }
        }
    }
}
