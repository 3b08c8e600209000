package io.loadcast.forecast.core.data;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * A series on the half-hour grid of GB settlement periods: {@code values[i]} is the reading of the period that
 * starts at {@code start + i * 30 min}. A missing period is {@code NaN}, never a shifted neighbour.
 *
 * @param seriesId the series
 * @param start the start of the first period (aligned to a half-hour)
 * @param values one value per period
 */
public record HalfHourlySeries(String seriesId, Instant start, double[] values) {

    public static final Duration STEP = Duration.ofMinutes(30);
    public static final int STEPS_PER_DAY = 48;
    public static final int STEPS_PER_WEEK = 7 * STEPS_PER_DAY;

    public HalfHourlySeries {
        if (start.getEpochSecond() % STEP.getSeconds() != 0) {
            throw new IllegalArgumentException("start " + start + " is not on the half-hour grid");
        }
    }

    public int size() {
        return values.length;
    }

    public Instant timeAt(int index) {
        return start.plus(STEP.multipliedBy(index));
    }

    /** The end of the last period (exclusive). */
    public Instant end() {
        return timeAt(values.length);
    }

    /** Index of the period containing {@code time}; may be negative or past the end. */
    public long indexOf(Instant time) {
        return Math.floorDiv(Duration.between(start, time).getSeconds(), STEP.getSeconds());
    }

    /** Only the periods that start strictly before {@code origin}: what an as-of forecast may see. */
    public HalfHourlySeries before(Instant origin) {
        long cut = Math.max(0, Math.min(values.length, indexOf(origin.minusNanos(1)) + 1));
        return new HalfHourlySeries(seriesId, start, Arrays.copyOf(values, (int) cut));
    }

    /**
     * The periods from the start up to {@code origin} (exclusive): cut when the series runs past it, padded with NaN
     * (no reading) when it ends before it. What a forecast from {@code origin} sees, gaps and all.
     */
    public HalfHourlySeries paddedTo(Instant origin) {
        int length = (int) Math.max(0, indexOf(origin));
        double[] out = Arrays.copyOf(values, length);
        for (int i = Math.min(values.length, length); i < length; i++) {
            out[i] = Double.NaN;
        }
        return new HalfHourlySeries(seriesId, start, out);
    }

    public HalfHourlySeries slice(int from, int to) {
        return new HalfHourlySeries(seriesId, timeAt(from), Arrays.copyOfRange(values, from, to));
    }

    /** The last {@code count} periods. */
    public HalfHourlySeries tail(int count) {
        return slice(Math.max(0, values.length - count), values.length);
    }

    public int missingCount() {
        int missing = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                missing++;
            }
        }
        return missing;
    }

    /**
     * Fills gaps causally: the value one week earlier when known, else one day earlier, else the last known
     * value; leading gaps take the first known value. Uses only earlier periods, so filling never leaks the future.
     */
    public HalfHourlySeries filled() {
        double[] out = values.clone();
        double firstKnown = Double.NaN;
        for (double v : out) {
            if (Double.isFinite(v)) {
                firstKnown = v;
                break;
            }
        }
        double last = firstKnown;
        for (int i = 0; i < out.length; i++) {
            if (Double.isFinite(out[i])) {
                last = out[i];
                continue;
            }
            if (i >= STEPS_PER_WEEK && Double.isFinite(out[i - STEPS_PER_WEEK])) {
                out[i] = out[i - STEPS_PER_WEEK];
            } else if (i >= STEPS_PER_DAY && Double.isFinite(out[i - STEPS_PER_DAY])) {
                out[i] = out[i - STEPS_PER_DAY];
            } else {
                out[i] = last;
            }
        }
        return new HalfHourlySeries(seriesId, start, out);
    }
}
