package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.data.SeriesAssembler;
import io.loadcast.forecast.core.data.TimedValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads NESO historic demand files (ND, or another numeric column) into half-hourly series: period 1 starts at local
 * midnight.
 */
public final class GbDemandData {

    static final Path DIR = Path.of("../../shared/data/gb-demand");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter FOUR = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter TWO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("dd-MMM-yy")
            .toFormatter(Locale.ENGLISH);

    private GbDemandData() {}

    static Path dir() {
        return Files.exists(DIR) ? DIR : Path.of("../shared/data/gb-demand");
    }

    public static HalfHourlySeries years(int... years) throws Exception {
        return column("ND", years);
    }

    /** One column (e.g. EMBEDDED_WIND_GENERATION) of the given years' files, found by its header name. */
    public static HalfHourlySeries column(String name, int... years) throws Exception {
        List<TimedValue> values = new ArrayList<>();
        for (int year : years) {
            Path file = dir().resolve("demanddata_" + year + ".csv.gz");
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                // NESO files have no quoted fields; columns are found by header name because they differ by year
                List<String> header = List.of(in.readLine().trim().split(","));
                int dateColumn = header.indexOf("SETTLEMENT_DATE");
                int periodColumn = header.indexOf("SETTLEMENT_PERIOD");
                int ndColumn = header.indexOf(name);
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] r = line.split(",");
                    String d = r[dateColumn].trim();
                    LocalDate date = LocalDate.parse(d, d.length() > 9 ? FOUR : TWO);
                    int period = Integer.parseInt(r[periodColumn].trim());
                    values.add(new TimedValue(
                            date.atStartOfDay(LONDON).toInstant().plus(Duration.ofMinutes(30L * (period - 1))),
                            Double.parseDouble(r[ndColumn].trim())));
                }
            }
        }
        return SeriesAssembler.assemble(name.equals("ND") ? "GB-ND" : "GB-" + name, values);
    }
}
