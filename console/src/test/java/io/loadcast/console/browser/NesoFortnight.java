package io.loadcast.console.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Real GB national demand (NESO "Historic Demand Data", ND column, NESO Open Data Licence) for the fortnight before
 * {@link StubSuite#GRID_END}, read from the shared data folder when it is there. January is GMT, so settlement
 * period p of a day starts at UTC midnight plus (p - 1) half-hours.
 */
final class NesoFortnight {

    static final Path FILE = Path.of("..", "..", "shared", "data", "gb-demand", "demanddata_2024.csv.gz");
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy")
            .toFormatter(Locale.ENGLISH);

    private NesoFortnight() {}

    static Optional<NavigableMap<Instant, Double>> read(Instant end) {
        if (!Files.exists(FILE)) {
            return Optional.empty();
        }
        LocalDate last = LocalDate.ofInstant(end, ZoneOffset.UTC);
        LocalDate first = last.minusDays(14);
        NavigableMap<Instant, Double> readings = new TreeMap<>();
        try (Reader in =
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(FILE)), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
                LocalDate day = LocalDate.parse(row.get("SETTLEMENT_DATE"), DATE);
                if (!day.isBefore(first) && day.isBefore(last)) {
                    Instant t = day.atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .plus(Duration.ofMinutes(30L * (Integer.parseInt(row.get("SETTLEMENT_PERIOD")) - 1)));
                    readings.put(t, Double.parseDouble(row.get("ND")));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
        return Optional.of(readings);
    }
}
