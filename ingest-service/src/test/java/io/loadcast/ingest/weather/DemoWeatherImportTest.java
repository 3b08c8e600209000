package io.loadcast.ingest.weather;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.IngestIntegrationTest;
import io.loadcast.ingest.IngestProperties;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The weather folder ./loadcast up points ingest at: imported at startup as LONDON actuals, twice without harm. */
@IngestIntegrationTest
class DemoWeatherImportTest {

    @Autowired
    Weather weather;

    @Autowired
    IngestProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsTheFolderAsLondonActualsAndARestartStoresNothingTwice(@TempDir Path folder) throws Exception {
        // an hourly Open-Meteo file in the shared layout, with temperatures no shared file has
        StringBuilder csv = new StringBuilder(
                "datetime,temperature,humidity,precipitation,pressure,wind_speed,wind_direction,cloud_cover\n");
        for (int hour = 0; hour < 24; hour++) {
            csv.append(String.format("2024-02-29 %02d:00:00,%.1f,90,0.0,1005.2,13.2,259,40%n", hour, 41.0 + hour));
        }
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.write(folder.resolve("london_hourly.csv.gz"), gzip.toByteArray());
        Files.writeString(folder.resolve("notes.csv"), "not,a,weather,file\n1,2,3,4\n");
        DemoWeatherImport startup = new DemoWeatherImport(weather, properties.withDemoWeather(folder));

        startup.run(null);
        startup.run(null);

        // 2024-02-29 is GMT: local midnight is 00:00Z
        Instant first = Instant.parse("2024-02-29T00:00:00Z");
        Integer rows = jdbc.queryForObject(
                "select count(*) from weather_actuals where location = 'LONDON' and resolution = 'PT1H'"
                        + " and valid_time >= ? and valid_time < ? and temperature >= 41",
                Integer.class,
                Timestamp.from(first),
                Timestamp.from(first.plusSeconds(24 * 3600)));
        assertThat(rows).isEqualTo(24);
        Double noon = jdbc.queryForObject(
                "select temperature from weather_actuals where location = 'LONDON' and resolution = 'PT1H'"
                        + " and valid_time = ?",
                Double.class,
                Timestamp.from(first.plusSeconds(12 * 3600)));
        assertThat(noon).isEqualTo(53.0);
    }
}
