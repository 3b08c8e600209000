package io.loadcast.ingest.connectors.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The extra hourly variables of an Open-Meteo forecast answer beside {@code temperature_2m} ({@link
 * HourlyTemperatures} checks the times and the temperature): {@code wind_speed_10m} (km/h), {@code cloud_cover} (%)
 * and {@code shortwave_radiation} (W/m2, mean of the preceding hour). A variable the answer lacks is null for every
 * hour; one in another unit, or with another number of values than times, makes the answer malformed.
 */
public final class HourlyWeather {

    /** Open-Meteo's variable names and the unit each is stored in. */
    public static final Map<String, String> VARIABLES =
            Map.of("wind_speed_10m", "km/h", "cloud_cover", "%", "shortwave_radiation", "W/m²");

    private HourlyWeather() {}

    /**
     * One hour of the answer.
     *
     * @param time start of the hour (UTC)
     * @param temperature degrees Celsius, null when missing
     * @param windSpeed km/h
     * @param cloudCover percent
     * @param radiation W/m2
     */
    public record Hour(
            Instant time,
            @Nullable Double temperature,
            @Nullable Double windSpeed,
            @Nullable Double cloudCover,
            @Nullable Double radiation) {}

    /** Every hour of the answer with any value. */
    public static List<Hour> of(JsonNode body) {
        List<Instant> times = HourlyTemperatures.times(body);
        double[] temperature = column(body, "temperature_2m", "°C", times.size());
        double[] wind = column(body, "wind_speed_10m", VARIABLES.get("wind_speed_10m"), times.size());
        double[] cloud = column(body, "cloud_cover", VARIABLES.get("cloud_cover"), times.size());
        double[] radiation = column(body, "shortwave_radiation", VARIABLES.get("shortwave_radiation"), times.size());
        List<Hour> hours = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            Hour hour = new Hour(times.get(i), v(temperature[i]), v(wind[i]), v(cloud[i]), v(radiation[i]));
            if (hour.temperature() != null
                    || hour.windSpeed() != null
                    || hour.cloudCover() != null
                    || hour.radiation() != null) {
                hours.add(hour);
            }
        }
        return hours;
    }

    private static double[] column(JsonNode body, String name, @Nullable String unit, int size) {
        double[] out = new double[size];
        java.util.Arrays.fill(out, Double.NaN);
        JsonNode values = body.path("hourly").path(name);
        if (values.isMissingNode()) {
            return out;
        }
        JsonNode given = body.path("hourly_units").path(name);
        if (!given.isMissingNode() && !given.asString("").equals(unit)) {
            throw new MalformedResponseException(name + " unit is " + given + ", not " + unit);
        }
        if (!values.isArray() || values.size() != size) {
            throw new MalformedResponseException("'hourly." + name + "' is not an array of " + size + " values");
        }
        for (int i = 0; i < size; i++) {
            JsonNode v = values.get(i);
            if (!v.isNull() && !v.isNumber()) {
                throw new MalformedResponseException("hour " + i + ": " + name + " = " + v);
            }
            out[i] = v.isNull() ? Double.NaN : v.asDouble();
        }
        return out;
    }

    private static @Nullable Double v(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
