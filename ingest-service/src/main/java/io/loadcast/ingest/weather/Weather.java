package io.loadcast.ingest.weather;

import io.loadcast.ingest.weather.domain.WeatherFile;
import io.loadcast.ingest.weather.domain.WeatherFileReader;
import io.loadcast.ingest.weather.domain.WeatherRow;
import io.loadcast.ingest.weather.domain.WeatherSource;
import io.loadcast.ingest.weather.store.WeatherRepository;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Weather per location: forecasts with their issue time, actuals, and the import of weather files as actuals. */
@Service
public class Weather {

    /** Location names as the connector configures them ({@code LONDON}). */
    private static final Pattern LOCATION = Pattern.compile("[A-Z0-9_]{1,40}");

    private final WeatherRepository repository;

    Weather(WeatherRepository repository) {
        this.repository = repository;
    }

    /** The location name, or a 400 problem naming the field. */
    public static String location(String name) {
        if (!LOCATION.matcher(name).matches()) {
            throw new LoadcastProblemException(
                            ProblemType.INVALID_REQUEST, "location must match " + LOCATION + ", got '" + name + "'")
                    .with("field", "location");
        }
        return name;
    }

    @Transactional
    public void storeForecast(String location, Instant issuedAt, List<WeatherRow> rows, WeatherSource source) {
        repository.saveForecast(location(location), issuedAt, rows, source);
    }

    @Transactional
    public void storeActuals(String location, List<WeatherRow> rows, WeatherSource source) {
        repository.saveActuals(location(location), rows, source);
    }

    /** Per valid time in {@code [from, to)} the latest forecast issued at or before {@code issuedBy}. */
    public List<WeatherRow> latestForecast(String location, Instant issuedBy, Instant from, Instant to) {
        return repository.latestForecast(location(location), issuedBy, from, to);
    }

    public List<WeatherRow> actuals(String location, Instant from, Instant to) {
        return repository.actuals(location(location), from, to);
    }

    /** Reads a weather file, plain or gzip, and stores its readable rows as actuals of {@code location}. */
    @Transactional
    public WeatherFile importFile(String location, InputStream content, ZoneId zone) throws IOException {
        WeatherFile file;
        try (BufferedReader in = reader(content)) {
            file = WeatherFileReader.read(in, zone);
        }
        if (file.rows().isEmpty()) {
            throw new LoadcastProblemException(
                            ProblemType.NO_ROW_IMPORTABLE, file.rejectedCount() + " lines read, none importable")
                    .with("rejected", file.rejected());
        }
        repository.saveActuals(location(location), file.rows(), file.source());
        return file;
    }

    /** UTF-8 text of {@code content}, gunzipped when it starts with gzip's magic bytes. */
    private static BufferedReader reader(InputStream content) throws IOException {
        InputStream raw = new BufferedInputStream(content);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        InputStream in = gzip ? new GZIPInputStream(raw) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
