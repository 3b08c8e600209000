package io.loadcast.forecast.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * London daily weather from the shared files: mean temperature (deg C) and cloud cover (%) per local day. 2015-2020
 * from the Heathrow daily file (cloud in oktas, times 12.5), 2023-11-11..2024-12-31 from the Open-Meteo hourly file
 * (mean of the day's hours). Days without a value are absent.
 */
final class GbWeather {

    record Day(double temperature, double cloud) {}

    private GbWeather() {}

    static Path dir() {
        Path p = Path.of("../../shared/data/weather");
        return Files.exists(p) ? p : Path.of("../shared/data/weather");
    }

    static Map<LocalDate, Day> daily() throws Exception {
        Map<LocalDate, Day> days = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir().resolve("london_weather_daily_1979_2020.csv.gz"))),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] r = line.split(",", -1);
                LocalDate date = LocalDate.parse(r[0], DateTimeFormatter.BASIC_ISO_DATE);
                if (date.getYear() >= 2015 && !r[5].isBlank() && !r[1].isBlank()) {
                    days.put(date, new Day(Double.parseDouble(r[5]), 12.5 * Double.parseDouble(r[1])));
                }
            }
        }
        Map<LocalDate, double[]> sums = new HashMap<>();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (String line : Files.readAllLines(dir().resolve("london_hourly_openmeteo_20231111_20241231.csv"))) {
            if (line.startsWith("datetime")) {
                continue;
            }
            String[] r = line.split(",", -1);
            LocalDate date = LocalDateTime.parse(r[0], format).toLocalDate();
            double[] s = sums.computeIfAbsent(date, k -> new double[3]);
            s[0] += Double.parseDouble(r[1]);
            s[1] += Double.parseDouble(r[7]);
            s[2]++;
        }
        sums.forEach((date, s) -> days.put(date, new Day(s[0] / s[2], s[1] / s[2])));
        return days;
    }
}
