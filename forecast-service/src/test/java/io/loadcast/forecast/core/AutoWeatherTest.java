package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.core.model.AutoSpec;
import io.loadcast.forecast.core.model.Candidates;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.core.model.WeatherAwareModel;
import io.loadcast.forecast.core.model.WeatherForecast;
import io.loadcast.forecast.core.model.WeatherUse;
import io.loadcast.forecast.testing.WeatherDrivenDemand;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Family {@code auto} given the stored weather: its {@code day-ahead} candidate is trained and validated with it, so
 * on demand that heating drives ({@link WeatherDrivenDemand}) the model it picks (alone or in an ensemble) forecasts
 * with the weather known at the origin, says so, and keeps it when saved and read back.
 */
class AutoWeatherTest {

    static final Instant START = Instant.parse("2021-01-04T00:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int DAYS = 200;
    static final AutoSpec SPEC = new AutoSpec(
            TrainingSpec.defaults(ModelFamily.AUTO).horizon(), 42, Candidates.of("day-ahead,linear,seasonal-naive"));

    static HalfHourlySeries series;
    static WeatherDays weather;
    static List<HalfHourlySeries> training;

    @BeforeAll
    static void data() {
        double[] temperatures = WeatherDrivenDemand.temperatures(DAYS, 7);
        series = WeatherDrivenDemand.series("WX", START, DAYS, temperatures, 11);
        weather = WeatherDrivenDemand.weather(START, temperatures);
        training = List.of(series.slice(0, 170 * HalfHourlySeries.STEPS_PER_DAY));
    }

    @Test
    void withWeatherStoredAutoPicksAModelThatForecastsWithItAndSaysSo() {
        TrainingContext context = new TrainingContext("ds-weather", "test");
        ForecastModel chosen =
                Trainers.forFamily(ModelFamily.AUTO, weather).train(training, SPEC, context, EpochListener.NONE);

        assertThat(chosen)
                .as("auto chose %s", context.notes().get("auto.choice"))
                .isInstanceOf(WeatherAwareModel.class);
        WeatherAwareModel aware = (WeatherAwareModel) chosen;
        assertThat(aware.usesWeather())
                .as(
                        "auto chose %s: %s",
                        context.notes().get("auto.choice"), context.notes().get("auto.reason"))
                .isTrue();
        Instant origin = LocalDate.of(2021, 7, 1).atTime(9, 0).atZone(LONDON).toInstant();
        double[] history = Arrays.copyOf(series.values(), (int) series.indexOf(origin));

        WeatherForecast applied = aware.predict(history, origin, SPEC.horizon(), weather);
        WeatherForecast none = aware.predict(history, origin, SPEC.horizon(), WeatherDays.NONE);

        assertThat(applied.use()).isIn(WeatherUse.APPLIED, WeatherUse.PARTIAL);
        assertThat(none.use()).isEqualTo(WeatherUse.UNAVAILABLE);
        assertThat(applied.values()).isNotEqualTo(none.values());
        assertThat(none.values()).containsExactly(chosen.predict(history, origin, SPEC.horizon()));
        WeatherAwareModel read = (WeatherAwareModel) ModelCodec.read(ModelCodec.write(chosen));
        assertThat(read.predict(history, origin, SPEC.horizon(), weather).values())
                .containsExactly(applied.values());
    }

    @Test
    void withoutWeatherStoredAutoPicksAModelThatDoesNotAskForIt() {
        ForecastModel chosen = Trainers.forFamily(ModelFamily.AUTO, WeatherDays.NONE)
                .train(training, SPEC, new TrainingContext("ds", "test"), EpochListener.NONE);

        assertThat(chosen instanceof WeatherAwareModel aware && aware.usesWeather())
                .isFalse();
    }
}
