package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.DailyWind;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.DayAheadModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.Provenance;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.UnreadableModelException;
import io.loadcast.forecast.core.model.WeatherForecast;
import io.loadcast.forecast.core.model.WeatherUse;
import io.loadcast.forecast.testing.WeatherDrivenDemand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code day-ahead} wind stage (format 3) on demand that heating drives and embedded wind lowers: {@link
 * WeatherDrivenDemand}'s demand times {@code 1 - 0.2 x} the day's {@link DailyWind#power power proxy}, the wind a
 * seeded 0-12 m/s per day, weather given as hourly rows; trained on the first 170 of 200 days, scored on the last 30.
 */
class DayAheadWindTest {

    static final Instant START = DayAheadWeatherTest.START;
    static final int DAYS = DayAheadWeatherTest.DAYS;
    static final int TRAIN_DAYS = DayAheadWeatherTest.TRAIN_DAYS;

    static double[] temperatures;
    static double[] winds;
    static HalfHourlySeries series;
    static WeatherDays withWind;
    static WeatherDays withoutWind;
    static DayAheadModel windModel;
    static DayAheadModel noWindModel;

    @BeforeAll
    static void train() {
        temperatures = WeatherDrivenDemand.temperatures(DAYS, 7);
        Random random = new Random(5);
        winds = new double[DAYS + 1];
        for (int d = 0; d < winds.length; d++) {
            winds[d] = 12 * random.nextDouble();
        }
        HalfHourlySeries heating = WeatherDrivenDemand.series("WIND", START, DAYS, temperatures, 11);
        double[] values = heating.values().clone();
        LocalDate first = START.atZone(DayAheadWeatherTest.LONDON).toLocalDate();
        for (int i = 0; i < values.length; i++) {
            LocalDate day = heating.timeAt(i).atZone(DayAheadWeatherTest.LONDON).toLocalDate();
            values[i] *= 1 - 0.2 * DailyWind.power(winds[(int) (day.toEpochDay() - first.toEpochDay())]);
        }
        series = new HalfHourlySeries("WIND", START, values);
        withWind = hourly(DAYS, true);
        withoutWind = hourly(DAYS, false);
        windModel = train(withWind);
        noWindModel = train(withoutWind);
    }

    @Test
    void theWindStageLowersTheDayAheadErrorOnDaysAfterTraining() {
        double without = mape(noWindModel, withoutWind);
        double with = mape(windModel, withWind);

        assertThat(windModel.provenance().formatVersion()).isEqualTo(Provenance.DAY_AHEAD_WIND_FORMAT);
        assertThat(with)
                .as("MAPE with wind %.2f%%, without %.2f%%", with, without)
                .isLessThan(0.7 * without);
    }

    @Test
    void withoutWindItForecastsExactlyAsTheFormatTwoModel() {
        Instant origin = origin(LocalDate.of(2021, 7, 1));
        double[] history = history(origin);

        WeatherForecast noWind = windModel.predict(history, origin, 48, withoutWind);

        assertThat(noWindModel.provenance().formatVersion()).isEqualTo(Provenance.WEATHER_FORMAT);
        assertThat(noWindModel.weights()).isDeepEqualTo(windModel.weights());
        assertThat(noWindModel.weather().weights())
                .isDeepEqualTo(windModel.weather().weights());
        assertThat(noWind.use()).isEqualTo(WeatherUse.APPLIED);
        assertThat(noWind.values())
                .containsExactly(
                        noWindModel.predict(history, origin, 48, withoutWind).values());
        assertThat(windModel.predict(history, origin, 48, withWind).values()).isNotEqualTo(noWind.values());
    }

    @Test
    void readsOnlyTheTargetDayAndTheLagDaysWind() {
        LocalDate day = LocalDate.of(2021, 7, 2);
        Instant origin = origin(day);
        double[] history = history(origin);
        double[] forecast = windModel.predict(history, origin, 48, withWind).values();

        WeatherDays otherDays =
                calmer(day.plusDays(1), day.minusDays(3), day.minusDays(4), day.minusDays(5), day.minusDays(6));
        WeatherDays targetDay = calmer(day);

        assertThat(windModel.predict(history, origin, 48, otherDays).values()).containsExactly(forecast);
        assertThat(windModel.predict(history, origin, 48, targetDay).values()).isNotEqualTo(forecast);
    }

    @Test
    void savesAsFormatThreeAndReadsBackTheSameForecast() throws Exception {
        Instant origin = origin(LocalDate.of(2021, 7, 10));
        double[] history = history(origin);

        DayAheadModel read = (DayAheadModel) ModelCodec.read(ModelCodec.write(windModel));
        byte[] relabelled = DayAheadWeatherTest.rewrite(
                ModelCodec.write(noWindModel), "\"formatVersion\":2", "\"formatVersion\":3");

        assertThat(read.provenance().formatVersion()).isEqualTo(Provenance.DAY_AHEAD_WIND_FORMAT);
        assertThat(read.predict(history, origin, 48, withWind).values())
                .containsExactly(
                        windModel.predict(history, origin, 48, withWind).values());
        assertThatThrownBy(() -> ModelCodec.read(relabelled)).isInstanceOf(UnreadableModelException.class);
    }

    @Test
    void tooFewDaysWithWindKeepTheFormatTwoModel() {
        Map<LocalDate, DailyWeather> few = new HashMap<>();
        LocalDate windFrom =
                START.atZone(DayAheadWeatherTest.LONDON).toLocalDate().plusDays(TRAIN_DAYS - 50);
        withWind.days().forEach((d, w) -> few.put(d, d.isBefore(windFrom) ? withoutWind.get(d) : w));

        DayAheadModel model = train(new WeatherDays(few));

        assertThat(model.provenance().formatVersion()).isEqualTo(Provenance.WEATHER_FORMAT);
        assertThat(model.wind()).isNull();
        assertThat(model.weather().weights())
                .isDeepEqualTo(noWindModel.weather().weights());
    }

    @Test
    void onlyHourlyRowsWithTwentyHoursOfWindGiveADayWind() {
        LocalDate day = LocalDate.of(2021, 3, 1);
        WeatherDays.Builder builder = WeatherDays.builder().day(day, 5, 50);
        Instant midnight =
                day.plusDays(1).atStartOfDay(DayAheadWeatherTest.LONDON).toInstant();
        for (int h = 0; h < 24; h++) {
            builder.hour(midnight.plusSeconds(3600L * h), 6, 40, 5);
            builder.hour(midnight.plusSeconds(86_400L + 3600L * h), 6, 40, h < 19 ? 5 : Double.NaN);
        }
        WeatherDays days = builder.build();

        assertThat(days.get(day).wind()).isNull();
        assertThat(days.get(day.plusDays(1)).wind()).isEqualTo(new DailyWind(5, DailyWind.power(5)));
        assertThat(days.get(day.plusDays(2)).wind()).isNull();
        assertThat(days.get(day.plusDays(2)).temperature()).isEqualTo(6);
        assertThat(DailyWind.power(1)).isZero();
        assertThat(DailyWind.power(10)).isEqualTo(1);
        assertThat(DailyWind.power(20)).isZero();
    }

    static DayAheadModel train(WeatherDays weather) {
        List<HalfHourlySeries> training = List.of(series.slice(0, TRAIN_DAYS * HalfHourlySeries.STEPS_PER_DAY));
        return (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, weather)
                .train(training, DayAheadWeatherTest.SPEC, DayAheadWeatherTest.CONTEXT, EpochListener.NONE);
    }

    /** Every hour of every local day, the day's temperature, cloud 50 %, with the day's wind or none. */
    static WeatherDays hourly(int days, boolean wind) {
        WeatherDays.Builder builder = WeatherDays.builder();
        LocalDate first = START.atZone(DayAheadWeatherTest.LONDON).toLocalDate();
        for (int d = 0; d <= days; d++) {
            Instant from = DayAheadWeatherTest.at(first.plusDays(d));
            Instant to = DayAheadWeatherTest.at(first.plusDays(d + 1));
            for (Instant h = from; h.isBefore(to); h = h.plusSeconds(3600)) {
                builder.hour(h, temperatures[d], 50, wind ? winds[d] : Double.NaN);
            }
        }
        return builder.build();
    }

    /** The wind weather with the given days' wind set to calm. */
    static WeatherDays calmer(LocalDate... days) {
        Map<LocalDate, DailyWeather> out = new HashMap<>(withWind.days());
        for (LocalDate d : days) {
            DailyWeather w = out.get(d);
            out.put(d, new DailyWeather(w.temperature(), w.cloud(), new DailyWind(0.5, 0)));
        }
        return new WeatherDays(out);
    }

    /** MAPE of the 09:00 D-1 forecasts of every period of the held-out days. */
    static double mape(DayAheadModel model, WeatherDays days) {
        double sum = 0;
        int n = 0;
        LocalDate first = series.timeAt(TRAIN_DAYS * 48)
                .atZone(DayAheadWeatherTest.LONDON)
                .toLocalDate()
                .plusDays(1);
        LocalDate last =
                series.end().atZone(DayAheadWeatherTest.LONDON).toLocalDate().minusDays(1);
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            Instant origin = origin(day);
            int o = (int) series.indexOf(origin);
            int end = (int) series.indexOf(DayAheadWeatherTest.at(day.plusDays(1)));
            double[] f = model.predict(history(origin), origin, end - o, days).values();
            for (int i = (int) series.indexOf(DayAheadWeatherTest.at(day)); i < end; i++) {
                sum += Math.abs(f[i - o] - series.values()[i]) / series.values()[i];
                n++;
            }
        }
        return 100 * sum / n;
    }

    static double[] history(Instant origin) {
        return java.util.Arrays.copyOf(series.values(), (int) series.indexOf(origin));
    }

    static Instant origin(LocalDate day) {
        return day.minusDays(1).atTime(9, 0).atZone(DayAheadWeatherTest.LONDON).toInstant();
    }
}
