package io.loadcast.forecast.bench;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** London hourly rows from the shared Open-Meteo file (2023-11-11..2024-12-31, local times), wind in m/s. */
final class GbWind {

    record Hour(Instant start, double temperature, double cloud, double wind) {}

    private GbWind() {}

    static List<Hour> rows() throws Exception {
        List<Hour> out = new ArrayList<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (String line :
                Files.readAllLines(GbWeather.dir().resolve("london_hourly_openmeteo_20231111_20241231.csv"))) {
            if (line.startsWith("datetime")) {
                continue;
            }
            String[] r = line.split(",", -1);
            Instant t = LocalDateTime.parse(r[0], format)
                    .atZone(GbDemandData.LONDON)
                    .toInstant();
            out.add(new Hour(t, Double.parseDouble(r[1]), Double.parseDouble(r[7]), Double.parseDouble(r[5]) / 3.6));
        }
        return out;
    }

    /** Wind speed per hour, m/s. */
    static Map<Instant, Double> hourly() throws Exception {
        Map<Instant, Double> out = new TreeMap<>();
        rows().forEach(h -> out.put(h.start(), h.wind()));
        return out;
    }
}
