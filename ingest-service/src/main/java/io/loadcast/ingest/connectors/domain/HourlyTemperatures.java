package io.loadcast.ingest.connectors.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The hourly part of an Open-Meteo forecast or archive answer requested with {@code hourly=temperature_2m} and {@code
 * timezone=UTC}: {@code {"utc_offset_seconds":0,"hourly_units":{"time":"iso8601","temperature_2m":"°C"},"hourly":
 * {"time":["2025-01-01T00:00",...],"temperature_2m":[3.1,null,...]}}} (Open-Meteo API documentation). Hours without a
 * value (null) are left out.
 */
public final class HourlyTemperatures {

    private HourlyTemperatures() {}

    /**
     * One hour's temperature.
     *
     * @param time start of the hour (UTC)
     * @param celsius air temperature 2 m above ground in degrees Celsius
     */
    public record Hour(Instant time, double celsius) {}

    /** @throws MalformedResponseException when the answer does not have that shape, or is in other units or zone */
    public static List<Hour> of(JsonNode body) {
        List<Instant> times = times(body);
        JsonNode values = body.path("hourly").path("temperature_2m");
        List<Hour> hours = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            JsonNode value = values.get(i);
            if (value.isNull()) {
                continue;
            }
            if (!value.isNumber()) {
                throw new MalformedResponseException("hour " + i + ": " + times.get(i) + " = " + value);
            }
            hours.add(new Hour(times.get(i), value.asDouble()));
        }
        return hours;
    }

    /** The answer's hours, checked: UTC, degrees Celsius, as many temperatures as times. */
    static List<Instant> times(JsonNode body) {
        JsonNode offset = body.path("utc_offset_seconds");
        if (!offset.isMissingNode() && offset.asInt(-1) != 0) {
            throw new MalformedResponseException("times are not UTC (utc_offset_seconds " + offset + ")");
        }
        JsonNode unit = body.path("hourly_units").path("temperature_2m");
        if (!unit.isMissingNode() && !"°C".equals(unit.asString(""))) {
            throw new MalformedResponseException("temperature unit is " + unit + ", not °C");
        }
        JsonNode times = body.path("hourly").path("time");
        JsonNode values = body.path("hourly").path("temperature_2m");
        if (!times.isArray() || !values.isArray()) {
            throw new MalformedResponseException("'hourly.time' or 'hourly.temperature_2m' is not an array");
        }
        if (times.size() != values.size()) {
            throw new MalformedResponseException(times.size() + " times but " + values.size() + " temperatures");
        }
        List<Instant> out = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            if (!times.get(i).isString()) {
                throw new MalformedResponseException("hour " + i + ": time " + times.get(i));
            }
            try {
                out.add(LocalDateTime.parse(times.get(i).asString()).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new MalformedResponseException("unreadable time " + times.get(i));
            }
        }
        return out;
    }
}
