package io.loadcast.forecast.core.data;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Puts readings on the half-hour grid: gaps become NaN, duplicates keep the last value, off-grid readings are dropped. */
public final class SeriesAssembler {

    private SeriesAssembler() {}

    public static HalfHourlySeries assemble(String seriesId, List<TimedValue> readings) {
        List<TimedValue> onGrid = readings.stream()
                .filter(r -> r.timestamp().getEpochSecond() % HalfHourlySeries.STEP.getSeconds() == 0)
                .filter(r -> r.timestamp().getNano() == 0)
                .sorted(Comparator.comparing(TimedValue::timestamp))
                .toList();
        if (onGrid.isEmpty()) {
            return new HalfHourlySeries(seriesId, Instant.EPOCH, new double[0]);
        }
        Instant start = onGrid.get(0).timestamp();
        Instant last = onGrid.get(onGrid.size() - 1).timestamp();
        HalfHourlySeries empty = new HalfHourlySeries(seriesId, start, new double[0]);
        double[] values = new double[(int) empty.indexOf(last) + 1];
        Arrays.fill(values, Double.NaN);
        for (TimedValue r : onGrid) {
            values[(int) empty.indexOf(r.timestamp())] = r.value();
        }
        return new HalfHourlySeries(seriesId, start, values);
    }
}
