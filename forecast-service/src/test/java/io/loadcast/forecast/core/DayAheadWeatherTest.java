package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.DayAheadModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Provenance;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.core.model.UnreadableModelException;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import io.loadcast.forecast.core.model.WeatherForecast;
import io.loadcast.forecast.core.model.WeatherUse;
import io.loadcast.forecast.testing.WeatherDrivenDemand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code day-ahead} family with weather on demand that heating drives ({@link WeatherDrivenDemand}): 200 days
 * from January 2021, trained on the first 170, scored from 09:00 D-1 on the last 30.
 */
class DayAheadWeatherTest {

    static final Instant START = Instant.parse("2021-01-04T00:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TrainingContext CONTEXT = new TrainingContext("ds-weather", "test");
    static final TrainingSpec SPEC = TrainingSpec.defaults(ModelFamily.DAY_AHEAD);
    static final int DAYS = 200;
    static final int TRAIN_DAYS = 170;

    static HalfHourlySeries series;
    static WeatherDays weather;
    static ForecastModel plain;
    static DayAheadModel withWeather;

    @BeforeAll
    static void train() {
        double[] temperatures = WeatherDrivenDemand.temperatures(DAYS, 7);
        series = WeatherDrivenDemand.series("WX", START, DAYS, temperatures, 11);
        weather = WeatherDrivenDemand.weather(START, temperatures);
        List<HalfHourlySeries> training = List.of(series.slice(0, TRAIN_DAYS * HalfHourlySeries.STEPS_PER_DAY));
        plain = Trainers.forFamily(ModelFamily.DAY_AHEAD).train(training, SPEC, CONTEXT, EpochListener.NONE);
        withWeather = (DayAheadModel)
                Trainers.dayAheadWithWeather(t -> true, weather).train(training, SPEC, CONTEXT, EpochListener.NONE);
    }

    @Test
    void theCorrectionLowersTheDayAheadErrorOnDaysAfterTraining() {
        double without = mape(plain, WeatherDays.NONE);
        double with = mape(withWeather, weather);

        assertThat(withWeather.usesWeather()).isTrue();
        assertThat(with)
                .as("MAPE with weather %.2f%%, without %.2f%%", with, without)
                .isLessThan(0.6 * without);
    }

    @Test
    void withoutWeatherAtTheOriginItForecastsAsTheModelWithoutWeatherAndSaysSo() {
        Instant origin = at(LocalDate.of(2021, 7, 1)).minusSeconds(15 * 3600);
        double[] history = history(origin);

        WeatherForecast none = withWeather.predict(history, origin, 48, WeatherDays.NONE);

        assertThat(none.use()).isEqualTo(WeatherUse.UNAVAILABLE);
        assertThat(none.values()).containsExactly(plain.predict(history, origin, 48));
        assertThat(withWeather.predict(history, origin, 48, weather).use()).isEqualTo(WeatherUse.APPLIED);
        assertThat(((WeatherAwareModel) plain).usesWeather()).isFalse();
    }

    @Test
    void savesAsFormatTwoAndReadsBackTheSameCorrectedForecast() {
        Instant origin = at(LocalDate.of(2021, 7, 10)).minusSeconds(15 * 3600);
        double[] history = history(origin);

        WeatherAwareModel read = (WeatherAwareModel) ModelCodec.read(ModelCodec.write(withWeather));

        assertThat(read.provenance().formatVersion()).isEqualTo(Provenance.WEATHER_FORMAT);
        assertThat(plain.provenance().formatVersion()).isEqualTo(Provenance.BASE_FORMAT);
        assertThat(read.predict(history, origin, 48, weather).values())
                .containsExactly(
                        withWeather.predict(history, origin, 48, weather).values());
    }

    @Test
    void aFormatTwoArchiveWithoutItsCorrectionIsRefused() throws IOException {
        byte[] plainBytes = ModelCodec.write(plain);
        byte[] relabelled = rewrite(plainBytes, "\"formatVersion\":1", "\"formatVersion\":2");

        assertThatThrownBy(() -> ModelCodec.read(relabelled)).isInstanceOf(UnreadableModelException.class);
    }

    @Test
    void tooFewDaysWithWeatherTrainTheModelWithoutACorrection() {
        Map<LocalDate, io.loadcast.forecast.core.features.DailyWeather> few = new HashMap<>();
        weather.days().entrySet().stream().limit(40).forEach(e -> few.put(e.getKey(), e.getValue()));
        List<HalfHourlySeries> training = List.of(series.slice(0, TRAIN_DAYS * HalfHourlySeries.STEPS_PER_DAY));

        DayAheadModel model = (DayAheadModel) Trainers.dayAheadWithWeather(t -> true, new WeatherDays(few))
                .train(training, SPEC, CONTEXT, EpochListener.NONE);

        assertThat(model.usesWeather()).isFalse();
        assertThat(model.provenance().formatVersion()).isEqualTo(Provenance.BASE_FORMAT);
    }

    /** MAPE of the 09:00 D-1 forecasts of every period of the held-out days. */
    static double mape(ForecastModel model, WeatherDays days) {
        double sum = 0;
        int n = 0;
        LocalDate first =
                series.timeAt(TRAIN_DAYS * 48).atZone(LONDON).toLocalDate().plusDays(1);
        LocalDate last = series.end().atZone(LONDON).toLocalDate().minusDays(1);
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            Instant origin = day.minusDays(1).atTime(9, 0).atZone(LONDON).toInstant();
            int o = (int) series.indexOf(origin);
            int end = (int) series.indexOf(at(day.plusDays(1)));
            double[] history = Arrays.copyOf(series.values(), o);
            double[] f = model instanceof WeatherAwareModel w
                    ? w.predict(history, origin, end - o, days).values()
                    : model.predict(history, origin, end - o);
            for (int i = (int) series.indexOf(at(day)); i < end; i++) {
                sum += Math.abs(f[i - o] - series.values()[i]) / series.values()[i];
                n++;
            }
        }
        return 100 * sum / n;
    }

    static Instant at(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant();
    }

    static double[] history(Instant origin) {
        return Arrays.copyOf(series.values(), (int) series.indexOf(origin));
    }

    static byte[] rewrite(byte[] zip, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("provenance.json")) {
                    String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(json).contains(from);
                    bytes = json.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
