package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.DailyWeather;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.DirectRecurrentModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.GruSpec;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Provenance;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import io.loadcast.forecast.core.model.WeatherForecast;
import io.loadcast.forecast.core.model.WeatherUse;
import io.loadcast.forecast.testing.WeatherDrivenDemand;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direct GRU with the horizon's weather (format 3), real DL4J training kept small, on demand that heating drives
 * ({@link WeatherDrivenDemand}): 140 days from January 2021, trained on the first 120 with weather stored for all but
 * the first 30 (a gap, as in the shared data), scored from 09:00 D-1 on the last 20.
 */
class RecurrentWeatherTest {

    static final Instant START = Instant.parse("2021-01-04T00:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TrainingContext CONTEXT = new TrainingContext("ds-weather", "test");
    static final GruSpec SPEC = new GruSpec(48, 96, 8, 0.01, 8, 32, 6, 123);
    static final int DAYS = 140;
    static final int TRAIN_DAYS = 120;

    static HalfHourlySeries series;
    static WeatherDays weather;
    static WeatherAwareModel model;

    @BeforeAll
    static void train() {
        double[] temperatures = WeatherDrivenDemand.temperatures(DAYS, 7);
        series = WeatherDrivenDemand.series("WX", START, DAYS, temperatures, 11);
        weather = WeatherDrivenDemand.weather(START, temperatures);
        Map<LocalDate, DailyWeather> gap = new HashMap<>(weather.days());
        gap.keySet().removeIf(d -> d.isBefore(LocalDate.of(2021, 2, 3)));
        model = (WeatherAwareModel) Trainers.recurrentWithWeather(ModelFamily.GRU, new WeatherDays(gap))
                .train(List.of(training()), SPEC, CONTEXT, EpochListener.NONE);
    }

    static HalfHourlySeries training() {
        return series.slice(0, TRAIN_DAYS * HalfHourlySeries.STEPS_PER_DAY);
    }

    @Test
    void aColderHorizonRaisesTheForecastAndTheWeatherLowersTheError() {
        Instant origin = LocalDate.of(2021, 5, 10).atTime(9, 0).atZone(LONDON).toInstant();
        double[] history = history(origin);
        Map<LocalDate, DailyWeather> colder = new HashMap<>(weather.days());
        for (LocalDate d = LocalDate.of(2021, 5, 10); d.isBefore(LocalDate.of(2021, 5, 13)); d = d.plusDays(1)) {
            DailyWeather w = weather.get(d);
            colder.put(d, new DailyWeather(w.temperature() - 8, w.cloud()));
        }

        WeatherForecast actual = model.predict(history, origin, 78, weather);
        WeatherForecast cold = model.predict(history, origin, 78, new WeatherDays(colder));

        assertThat(model.usesWeather()).isTrue();
        assertThat(model.provenance().formatVersion()).isEqualTo(Provenance.DIRECT_WEATHER_FORMAT);
        assertThat(actual.use()).isEqualTo(WeatherUse.APPLIED);
        // 8 C colder is 24 % more heating demand in the data; the net must move the same way, by at least 5 %
        assertThat(mean(cold.values()))
                .as("cold %.0f, actual %.0f", mean(cold.values()), mean(actual.values()))
                .isGreaterThan(1.05 * mean(actual.values()));
        double with = mape(weather);
        double without = mape(WeatherDays.NONE);
        assertThat(with)
                .as("MAPE with weather %.2f%%, without %.2f%%", with, without)
                .isLessThan(0.8 * without);
    }

    @Test
    void withoutWeatherItStillForecastsAndSaysUnavailablePartialWhenSomeDaysLack() {
        Instant origin = LocalDate.of(2021, 5, 12).atTime(9, 0).atZone(LONDON).toInstant();
        double[] history = history(origin);
        Map<LocalDate, DailyWeather> twoDays = new HashMap<>(weather.days());
        twoDays.remove(LocalDate.of(2021, 5, 13));

        WeatherForecast none = model.predict(history, origin, 78, WeatherDays.NONE);
        WeatherForecast partial = model.predict(history, origin, 78, new WeatherDays(twoDays));

        assertThat(none.use()).isEqualTo(WeatherUse.UNAVAILABLE);
        assertThat(none.values()).containsExactly(model.predict(history, origin, 78));
        double level = mean(Arrays.copyOfRange(history, history.length - 336, history.length));
        for (double v : none.values()) {
            assertThat(v).isBetween(0.6 * level, 1.6 * level);
        }
        assertThat(partial.use()).isEqualTo(WeatherUse.PARTIAL);
    }

    @Test
    void savesAsFormatThreeAndReadsBackTheSameForecastWhileAPlainNetStaysFormatTwo() {
        Instant origin = LocalDate.of(2021, 5, 14).atTime(9, 0).atZone(LONDON).toInstant();
        double[] history = history(origin);

        WeatherAwareModel read = (WeatherAwareModel) ModelCodec.read(ModelCodec.write(model));
        ForecastModel tooFew = Trainers.recurrentWithWeather(ModelFamily.GRU, weatherOf(40))
                .train(List.of(training()), new GruSpec(48, 12, 1, 0.01, 8, 32, 24, 1), CONTEXT, EpochListener.NONE);

        assertThat(read.provenance().formatVersion()).isEqualTo(Provenance.DIRECT_WEATHER_FORMAT);
        assertThat(read.predict(history, origin, 78, weather).values())
                .containsExactly(model.predict(history, origin, 78, weather).values());
        assertThat(tooFew.provenance().formatVersion()).isEqualTo(Provenance.DIRECT_RECURRENT_FORMAT);
        assertThat(((DirectRecurrentModel) tooFew).usesWeather()).isFalse();
        assertThat(((DirectRecurrentModel) tooFew)
                        .predict(history, origin, 12, weather)
                        .use())
                .isEqualTo(WeatherUse.NOT_USED);
    }

    /** The first {@code days} days of weather only (fewer than the 60 a weather net needs). */
    static WeatherDays weatherOf(int days) {
        Map<LocalDate, DailyWeather> few = new HashMap<>();
        weather.days().entrySet().stream().limit(days).forEach(e -> few.put(e.getKey(), e.getValue()));
        return new WeatherDays(few);
    }

    /** MAPE of the 09:00 D-1 forecasts of every period of the held-out days. */
    static double mape(WeatherDays days) {
        double sum = 0;
        int n = 0;
        LocalDate first =
                series.timeAt(TRAIN_DAYS * 48).atZone(LONDON).toLocalDate().plusDays(1);
        LocalDate last = series.end().atZone(LONDON).toLocalDate().minusDays(1);
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            Instant origin = day.minusDays(1).atTime(9, 0).atZone(LONDON).toInstant();
            int o = (int) series.indexOf(origin);
            int end = (int) series.indexOf(day.plusDays(1).atStartOfDay(LONDON).toInstant());
            double[] f = model.predict(history(origin), origin, end - o, days).values();
            for (int i = (int) series.indexOf(day.atStartOfDay(LONDON).toInstant()); i < end; i++) {
                sum += Math.abs(f[i - o] - series.values()[i]) / series.values()[i];
                n++;
            }
        }
        return 100 * sum / n;
    }

    static double[] history(Instant origin) {
        return Arrays.copyOf(series.values(), (int) series.indexOf(origin));
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }
}
