package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.CalendarFeatures;
import io.loadcast.forecast.core.features.SolarPosition;
import io.loadcast.forecast.core.features.WeatherDays;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inputs of the direct multi-horizon recurrent networks (format 2 of {@code lstm} and {@code gru}), built a batch at
 * a time so only one batch lives off-heap. Every value is scaled per series and origin by the mean and standard
 * deviation of the week before the origin. Per origin: the encoder sequence [{@link #SEQUENCE} x look-back]
 * (scaled value and {@link CalendarFeatures} of each look-back period), the horizon's known covariates
 * [horizon x {@link #STEP}] (calendar and holidays, clear-sky sun elevation, the scaled value of the same period
 * a week earlier and on the latest day known at the origin; with weather, format {@link
 * Provenance#DIRECT_WEATHER_FORMAT}, also {@link DirectWeather}'s {@link DirectWeather#COUNT} values; formats 4 and 5
 * put {@link DirectCalendar}'s day-type inputs before the weather, {@link DirectLayout}), and the scaled targets. Nothing at or after the origin is read but the targets (and the weather of the horizon's days, which
 * serving takes from the latest forecast issued by the origin).
 */
final class DirectInputs {

    static final int SEQUENCE = 1 + CalendarFeatures.COUNT;
    static final int STEP = CalendarFeatures.COUNT + 3;
    static final int WEEK = HalfHourlySeries.STEPS_PER_WEEK;
    static final int DAY = WEEK / 7;
    private static final int COVARIATES = CalendarFeatures.COUNT + 1;

    private DirectInputs() {}

    /** Covariates per horizon step of formats 2 and 3: {@link #STEP}, plus the weather's with weather. */
    static int step(boolean weather) {
        return new DirectLayout(weather, false).step();
    }

    /** Half-hours of history a model needs before its origin: the look-back, and at least the week it scales by. */
    static int history(int lookback) {
        return Math.max(lookback, WEEK);
    }

    /** The values of one series with its time-only covariates (calendar, sun) precomputed for {@code [from, to)}. */
    record Table(
            double[] values,
            Instant start,
            int from,
            float[] covariates,
            @Nullable DirectWeather weather,
            @Nullable DirectCalendar calendar) {

        static Table of(double[] values, Instant start, int from, int to) {
            return of(values, start, from, to, null);
        }

        /** With {@code weather} (possibly empty: every step then flagged as without), the weather covariates too. */
        static Table of(double[] values, Instant start, int from, int to, @Nullable WeatherDays weather) {
            return of(values, start, from, to, weather, false);
        }

        /** With {@code calendar}, {@link DirectCalendar}'s day flags of the two weeks before {@code from} on too. */
        static Table of(
                double[] values, Instant start, int from, int to, @Nullable WeatherDays weather, boolean calendar) {
            float[] c = new float[(to - from) * COVARIATES];
            double[] row = new double[CalendarFeatures.COUNT];
            for (int i = from; i < to; i++) {
                Instant t = start.plus(HalfHourlySeries.STEP.multipliedBy(i));
                CalendarFeatures.write(t, row, 0);
                int base = (i - from) * COVARIATES;
                for (int f = 0; f < row.length; f++) {
                    c[base + f] = (float) row[f];
                }
                c[base + CalendarFeatures.COUNT] =
                        (float) SolarPosition.sinElevation(t.plus(HalfHourlySeries.STEP.dividedBy(2)));
            }
            DirectWeather w = weather == null ? null : DirectWeather.of(weather, start, Math.max(0, from - WEEK), to);
            DirectCalendar d = calendar ? DirectCalendar.of(start, Math.max(0, from - DirectCalendar.REACH), to) : null;
            return new Table(values, start, from, c, w, d);
        }

        static Table of(HalfHourlySeries series) {
            return of(series.values(), series.start(), 0, series.size());
        }

        static Table of(HalfHourlySeries series, @Nullable WeatherDays weather, boolean calendar) {
            return of(series.values(), series.start(), 0, series.size(), weather, calendar);
        }

        DirectLayout layout() {
            return new DirectLayout(weather != null, calendar != null);
        }

        float covariate(int index, int feature) {
            return covariates[(index - from) * COVARIATES + feature];
        }
    }

    /** Mean and standard deviation of the week before an origin. */
    record Scale(double mean, double sd) {

        static Scale before(double[] values, int origin) {
            double sum = 0;
            double squares = 0;
            for (int i = origin - WEEK; i < origin; i++) {
                sum += values[i];
                squares += values[i] * values[i];
            }
            double mean = sum / WEEK;
            double sd = Math.sqrt(Math.max(0, squares / WEEK - mean * mean));
            return new Scale(mean, Math.max(sd, 1e-6 * Math.abs(mean) + 1e-9));
        }

        float scale(double value) {
            return (float) ((value - mean) / sd);
        }

        double unscale(double z) {
            return mean + sd * z;
        }
    }

    /** Inputs {sequence, future} and, with {@code labels}, the scaled targets of these origins. */
    static INDArray[] batch(
            List<Table> tables, List<Origins.Origin> origins, int lookback, int horizon, boolean labels) {
        int n = origins.size();
        int step = tables.get(0).layout().step();
        float[] seq = new float[n * SEQUENCE * lookback];
        float[] fut = new float[n * step * horizon];
        float[] y = new float[labels ? n * horizon : 0];
        for (int b = 0; b < n; b++) {
            Origins.Origin o = origins.get(b);
            Table t = tables.get(o.series());
            Scale scale = Scale.before(t.values(), o.index());
            fill(t, o.index(), scale, lookback, horizon, seq, fut, b, step);
            for (int h = 0; labels && h < horizon; h++) {
                y[b * horizon + h] = scale.scale(t.values()[o.index() + h]);
            }
        }
        INDArray s = Nd4j.create(seq, new long[] {n, SEQUENCE, lookback}, 'c');
        INDArray f = Nd4j.create(fut, new long[] {n, (long) step * horizon}, 'c');
        return labels ? new INDArray[] {s, f, Nd4j.create(y, new long[] {n, horizon}, 'c')} : new INDArray[] {s, f};
    }

    /** One origin's encoder sequence and horizon covariates. */
    private static void fill(
            Table t, int origin, Scale scale, int lookback, int horizon, float[] seq, float[] fut, int b, int step) {
        int base = b * SEQUENCE * lookback;
        for (int k = 0; k < lookback; k++) {
            int i = origin - lookback + k;
            seq[base + k] = scale.scale(t.values()[i]);
            for (int f = 0; f < CalendarFeatures.COUNT; f++) {
                seq[base + (f + 1) * lookback + k] = t.covariate(i, f);
            }
        }
        int fBase = b * step * horizon;
        DirectWeather weather = t.weather();
        DirectCalendar calendar = t.calendar();
        float[] means = calendar == null ? null : DirectCalendar.means(t.values(), origin, scale);
        int weatherAt = t.layout().weatherAt();
        for (int h = 0; h < horizon; h++) {
            int i = origin + h;
            int at = fBase + h * step;
            for (int f = 0; f < COVARIATES; f++) {
                fut[at + f] = t.covariate(i, f);
            }
            int weekLag = i - WEEK * (h / WEEK + 1);
            int dayLag = i - DAY * (h / DAY + 1);
            fut[at + COVARIATES] = scale.scale(t.values()[weekLag]);
            fut[at + COVARIATES + 1] = scale.scale(t.values()[dayLag]);
            if (calendar != null && means != null) {
                calendar.write(t.values(), scale, means, i, dayLag, weekLag, fut, at + STEP);
            }
            if (weather != null) {
                weather.write(i, dayLag, weekLag, fut, at + weatherAt);
            }
        }
    }

    /**
     * The inputs for one forecast from {@code history} (values before the origin) at {@code origin} in {@code
     * layout}; with its weather, {@code weather} is the weather known at the origin (possibly none).
     */
    static Prepared prepare(
            double[] history, Instant origin, int lookback, int horizon, DirectLayout layout, WeatherDays weather) {
        int n = history.length;
        int need = layout.history(lookback);
        if (n < need) {
            throw new IllegalArgumentException("need " + need + " half-hours of history, got " + n);
        }
        Instant start = origin.minus(HalfHourlySeries.STEP.multipliedBy(n));
        Table table = Table.of(
                history, start, n - lookback, n + horizon, layout.weather() ? weather : null, layout.calendar());
        int step = layout.step();
        float[] seq = new float[SEQUENCE * lookback];
        float[] fut = new float[step * horizon];
        Scale scale = Scale.before(history, n);
        fill(table, n, scale, lookback, horizon, seq, fut, 0, step);
        INDArray[] in = {
            Nd4j.create(seq, new long[] {1, SEQUENCE, lookback}, 'c'),
            Nd4j.create(fut, new long[] {1, (long) step * horizon}, 'c')
        };
        return new Prepared(in, scale, layout);
    }

    /** One forecast's network inputs, the scale to undo on its output, and the inputs per horizon step. */
    record Prepared(INDArray[] inputs, Scale scale, DirectLayout layout) {

        /** How many of the first {@code horizon} steps had their weather (availability flag 1). */
        int stepsWithWeather(int horizon) {
            int n = 0;
            int step = layout.step();
            for (int h = 0; layout.weather() && h < horizon; h++) {
                n += inputs[1].getFloat(0, (long) h * step + layout.weatherAt()) > 0.5f ? 1 : 0;
            }
            return n;
        }

        double[] unscale(INDArray output, int horizon) {
            double[] out = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                out[h] = scale.unscale(output.getDouble(0, h));
            }
            return out;
        }
    }
}
