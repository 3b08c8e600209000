package io.loadcast.edge;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.data.TimedValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The device's own readings: per series, the latest {@code capacity} half-hours (older ones dropped as newer
 * arrive), for at most {@code maxSeries} series. A second reading of a period replaces the first, as ingest-service
 * keeps the latest revision.
 */
final class ReadingsBuffer {

    private final Map<String, NavigableMap<Instant, Double>> series = new ConcurrentHashMap<>();
    private final int capacity;
    private final int maxSeries;

    ReadingsBuffer(int capacity, int maxSeries) {
        this.capacity = capacity;
        this.maxSeries = maxSeries;
    }

    void record(String seriesId, Instant timestamp, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + seriesId + " at " + timestamp + " is " + value);
        }
        if (timestamp.getEpochSecond() % HalfHourlySeries.STEP.getSeconds() != 0 || timestamp.getNano() != 0) {
            throw new IllegalArgumentException(
                    "timestamp " + timestamp + " of " + seriesId + " is not the start of a half-hour");
        }
        NavigableMap<Instant, Double> readings = series.get(seriesId);
        if (readings == null) {
            synchronized (series) {
                if (!series.containsKey(seriesId) && series.size() >= maxSeries) {
                    throw new IllegalStateException(
                            "the readings buffer holds " + maxSeries + " series already; " + seriesId + " refused");
                }
                readings = series.computeIfAbsent(seriesId, k -> new ConcurrentSkipListMap<>());
            }
        }
        readings.put(timestamp, value);
        Instant oldestKept = readings.lastKey().minus(HalfHourlySeries.STEP.multipliedBy(capacity - 1L));
        readings.headMap(oldestKept, false).clear();
    }

    /** The buffered readings of {@code seriesId}, oldest first. */
    List<TimedValue> readings(String seriesId) {
        List<TimedValue> out = new ArrayList<>();
        series.getOrDefault(seriesId, new ConcurrentSkipListMap<>())
                .forEach((timestamp, value) -> out.add(new TimedValue(timestamp, value)));
        return out;
    }
}
