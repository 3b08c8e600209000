package io.loadcast.ingest.weather;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.weather.domain.WeatherFile;
import io.loadcast.starter.problem.LoadcastProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the weather files ({@code *.csv}, {@code *.csv.gz}) of {@code loadcast.ingest.demo-weather} at startup as
 * actuals of {@code LONDON}, the location forecast-service's weather correction reads for GB demand ({@code
 * ./loadcast up} points it at {@code shared/data/weather}). Rows are upserts, so a restart imports nothing twice; a
 * file that is not a weather file is logged and skipped.
 */
@Component
class DemoWeatherImport implements ApplicationRunner {

    static final String LOCATION = "LONDON";
    private static final Logger log = LoggerFactory.getLogger(DemoWeatherImport.class);

    private final Weather weather;
    private final @Nullable Path folder;

    DemoWeatherImport(Weather weather, IngestProperties properties) {
        this.weather = weather;
        this.folder = properties.demoWeather();
    }

    @Override
    public void run(@Nullable ApplicationArguments args) throws IOException {
        Path from = folder;
        if (from == null || from.toString().isBlank()) {
            return;
        }
        if (!Files.isDirectory(from)) {
            log.warn("demo weather folder {} does not exist; nothing imported", from);
            return;
        }
        for (Path file : files(from)) {
            try (InputStream content = Files.newInputStream(file)) {
                WeatherFile read = weather.importFile(LOCATION, content, ZoneId.of("Europe/London"));
                log.info(
                        "demo weather {}: {} rows stored as {} actuals",
                        file.getFileName(),
                        read.rows().size(),
                        LOCATION);
            } catch (LoadcastProblemException | IOException e) {
                log.warn("demo weather {} not imported: {}", file.getFileName(), e.getMessage());
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().matches("(?i).*\\.csv(\\.gz)?"))
                    .sorted()
                    .toList();
        }
    }
}
