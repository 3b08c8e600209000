package io.loadcast.ingest.weather.domain;

import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two shared weather layouts as actuals, columns found by their header names. The Heathrow daily file
 * ({@code date} as {@code yyyyMMdd}, {@code mean_temp} C, {@code cloud_cover} in oktas, stored as percent = oktas x
 * 12.5, {@code global_radiation} W/m2) becomes one row per local day of {@code zone}; the Open-Meteo archive export
 * ({@code datetime} local {@code yyyy-MM-dd HH:mm:ss}, {@code temperature}, {@code wind_speed} km/h, {@code
 * cloud_cover} %) one row per hour. A blank value is null; a line with no value at all, or an unreadable one, is
 * rejected with its line number.
 */
public final class WeatherFileReader {

    private static final int MAX_LISTED = 100;
    private static final DateTimeFormatter LOCAL_HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WeatherFileReader() {}

    public static WeatherFile read(BufferedReader in, ZoneId zone) throws IOException {
        String header = in.readLine();
        if (header == null || header.isBlank()) {
            throw new LoadcastProblemException(ProblemType.EMPTY_FILE, "the file has no header line");
        }
        Layout layout = Layout.of(Arrays.asList(header.strip().split(",", -1)));
        List<WeatherRow> rows = new ArrayList<>();
        List<WeatherFile.RejectedLine> rejected = new ArrayList<>();
        long read = 0;
        long rejectedCount = 0;
        long lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            read++;
            try {
                rows.add(layout.row(line.split(",", -1), zone));
            } catch (BadValue e) {
                rejectedCount++;
                if (rejected.size() < MAX_LISTED) {
                    rejected.add(new WeatherFile.RejectedLine(lineNo, e.column, e.detail));
                }
            }
        }
        return new WeatherFile(layout.source, layout.resolution(), read, rows, rejected, rejectedCount);
    }

    /** Where the columns are in one of the known layouts. */
    private record Layout(WeatherSource source, int time, int temperature, int wind, int cloud, int radiation) {

        static Layout of(List<String> columns) {
            if (columns.contains("date") && columns.contains("mean_temp")) {
                return new Layout(
                        WeatherSource.HEATHROW_DAILY_FILE,
                        columns.indexOf("date"),
                        columns.indexOf("mean_temp"),
                        -1,
                        columns.indexOf("cloud_cover"),
                        columns.indexOf("global_radiation"));
            }
            if (columns.contains("datetime") && columns.contains("temperature")) {
                return new Layout(
                        WeatherSource.OPEN_METEO_HOURLY_FILE,
                        columns.indexOf("datetime"),
                        columns.indexOf("temperature"),
                        columns.indexOf("wind_speed"),
                        columns.indexOf("cloud_cover"),
                        -1);
            }
            throw new LoadcastProblemException(
                            ProblemType.MISSING_COLUMN,
                            "not a known weather layout: needs date and mean_temp (daily) or datetime and temperature"
                                    + " (hourly); header " + columns)
                    .with("field", "file");
        }

        WeatherResolution resolution() {
            return source == WeatherSource.HEATHROW_DAILY_FILE ? WeatherResolution.P1D : WeatherResolution.PT1H;
        }

        WeatherRow row(String[] r, ZoneId zone) throws BadValue {
            boolean daily = resolution() == WeatherResolution.P1D;
            Double cover = number(r, cloud, "cloud_cover");
            WeatherValues values = new WeatherValues(
                    number(r, temperature, daily ? "mean_temp" : "temperature"),
                    number(r, wind, "wind_speed"),
                    daily ? oktasToPercent(cover) : cover,
                    number(r, radiation, "global_radiation"));
            if (values.empty()) {
                throw new BadValue(daily ? "mean_temp" : "temperature", "no value in the line");
            }
            ZonedDateTime start = daily ? day(r, zone) : hour(r, zone);
            return new WeatherRow(start.toInstant(), resolution(), null, values);
        }

        private static @Nullable Double oktasToPercent(@Nullable Double oktas) {
            return oktas == null ? null : oktas * 12.5;
        }

        private ZonedDateTime day(String[] r, ZoneId zone) throws BadValue {
            try {
                return LocalDate.parse(field(r, time, "date"), DateTimeFormatter.BASIC_ISO_DATE)
                        .atStartOfDay(zone);
            } catch (DateTimeParseException e) {
                throw new BadValue("date", "not a yyyyMMdd date: " + r[time]);
            }
        }

        private ZonedDateTime hour(String[] r, ZoneId zone) throws BadValue {
            try {
                return ZonedDateTime.ofLocal(LocalDateTime.parse(field(r, time, "datetime"), LOCAL_HOUR), zone, null);
            } catch (DateTimeParseException e) {
                throw new BadValue("datetime", "not a yyyy-MM-dd HH:mm:ss time: " + r[time]);
            }
        }

        private static String field(String[] r, int index, String column) throws BadValue {
            if (index >= r.length) {
                throw new BadValue(column, "the line has " + r.length + " fields");
            }
            return r[index].strip();
        }

        private static @Nullable Double number(String[] r, int index, String column) throws BadValue {
            if (index < 0) {
                return null;
            }
            String text = field(r, index, column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                double v = Double.parseDouble(text);
                if (!Double.isFinite(v) || Math.abs(v) > 10_000) {
                    throw new BadValue(column, "not a plausible value: " + text);
                }
                return v;
            } catch (NumberFormatException e) {
                throw new BadValue(column, "not a number: " + text);
            }
        }
    }

    private static final class BadValue extends Exception {
        private final String column;
        private final String detail;

        BadValue(String column, String detail) {
            super(detail, null, false, false);
            this.column = column;
            this.detail = detail;
        }
    }
}
