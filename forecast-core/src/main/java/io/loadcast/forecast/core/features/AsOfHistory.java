package io.loadcast.forecast.core.features;

import java.time.Duration;
import java.time.Instant;

/**
 * The readings an as-of forecast may see: {@code values[i]} is the period starting at
 * {@code originTime - (origin - i) * 30 min}. Reading index {@code origin} or later
 * throws, so a feature built through this view cannot leak the future even when {@code values} holds it (as a
 * training series does).
 *
 * @param values the series, possibly running past the origin
 * @param origin index of the first period forecast
 * @param originTime start of that period
 */
public record AsOfHistory(double[] values, int origin, Instant originTime) {

    private static final long STEP_SECONDS = 1800;

    public AsOfHistory {
        if (origin > values.length || origin < 0) {
            throw new IllegalArgumentException("origin " + origin + " outside the series of " + values.length);
        }
    }

    /** The value of the period with index {@code index}, which must lie before the origin. */
    public double at(int index) {
        if (index >= origin) {
            throw new IllegalStateException("read at or after the origin: index " + index + " >= " + origin);
        }
        if (index < 0) {
            throw new IllegalArgumentException("history too short: needs index " + index);
        }
        return values[index];
    }

    /** The value of the period starting at {@code time}, which must lie before the origin. */
    public double at(Instant time) {
        long back = Math.floorDiv(Duration.between(time, originTime).getSeconds(), STEP_SECONDS);
        return at((int) (origin - back));
    }

    /** Mean of the {@code count} periods ending {@code skip} periods before the origin. */
    public double mean(int count, int skip) {
        double sum = 0;
        for (int i = origin - skip - count; i < origin - skip; i++) {
            sum += at(i);
        }
        return sum / count;
    }
}
