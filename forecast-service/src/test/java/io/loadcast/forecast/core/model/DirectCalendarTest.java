package io.loadcast.forecast.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.testing.WeatherDrivenDemand;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The day-type inputs of formats 4 and 5 ({@link DirectCalendar}): read only before the origin, the same in training
 * and serving, and saved models of both formats read back to the same forecast (real DL4J training, kept small).
 */
class DirectCalendarTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant START = Instant.parse("2021-04-05T00:00:00Z");
    static final int DAYS = 80;
    static final int LOOKBACK = 48;
    static final int HORIZON = 96;

    /** Monday 7 June 2021: a week back is the spring bank holiday (31 May), so its same-weekday lag is 24 May's. */
    static final Instant ORIGIN =
            LocalDate.of(2021, 6, 6).atTime(9, 0).atZone(LONDON).toInstant();

    static final double[] TEMPERATURES = WeatherDrivenDemand.temperatures(DAYS, 3);
    static final HalfHourlySeries SERIES = WeatherDrivenDemand.series("CAL", START, DAYS, TEMPERATURES, 5);

    @Test
    void theInputsOfAnOriginReadNothingFromItOnAndServingBuildsTheSameAsTraining() {
        int o = (int) SERIES.indexOf(ORIGIN);
        double[] changed = SERIES.values().clone();
        Arrays.fill(changed, o, changed.length, 1e6);
        HalfHourlySeries altered = new HalfHourlySeries("CAL", START, changed);
        List<Origins.Origin> at = List.of(new Origins.Origin(0, o));

        INDArray[] full =
                DirectInputs.batch(List.of(DirectInputs.Table.of(SERIES, null, true)), at, LOOKBACK, 96, true);
        INDArray[] cut =
                DirectInputs.batch(List.of(DirectInputs.Table.of(altered, null, true)), at, LOOKBACK, 96, true);
        DirectInputs.Prepared served = DirectInputs.prepare(
                Arrays.copyOf(SERIES.values(), o),
                ORIGIN,
                LOOKBACK,
                HORIZON,
                new DirectLayout(false, true),
                WeatherDays.NONE);

        assertThat(cut[0]).isEqualTo(full[0]);
        assertThat(cut[1]).isEqualTo(full[1]);
        assertThat(cut[2]).isNotEqualTo(full[2]);
        assertThat(served.inputs()[0]).isEqualTo(full[0]);
        assertThat(served.inputs()[1]).isEqualTo(full[1]);
    }

    @Test
    void aWeekAfterABankHolidayTheSameWeekdayLagIsTwoWeeksBackAndFlagged() {
        int o = (int) SERIES.indexOf(ORIGIN);
        int target = (int) SERIES.indexOf(
                LocalDate.of(2021, 6, 7).atTime(18, 0).atZone(LONDON).toInstant());
        int h = target - o;
        DirectInputs.Prepared served = DirectInputs.prepare(
                Arrays.copyOf(SERIES.values(), o),
                ORIGIN,
                LOOKBACK,
                HORIZON,
                new DirectLayout(false, true),
                WeatherDays.NONE);
        int step = new DirectLayout(false, true).step();
        int at = h * step + DirectInputs.STEP;
        DirectInputs.Scale scale = DirectInputs.Scale.before(SERIES.values(), o);

        float sameWeekday = served.inputs()[1].getFloat(0, at);
        assertThat(sameWeekday).isEqualTo(scale.scale(SERIES.values()[target - 2 * DirectInputs.WEEK]));
        assertThat(sameWeekday).isNotEqualTo(scale.scale(SERIES.values()[target - DirectInputs.WEEK]));
        assertThat(served.inputs()[1].getFloat(0, at + 7))
                .as("a week back was special")
                .isEqualTo(1f);
        assertThat(served.inputs()[1].getFloat(0, at - 2))
                .as("format 2's week lag is unchanged")
                .isEqualTo(scale.scale(SERIES.values()[target - DirectInputs.WEEK]));
    }

    @Test
    void formatsFourAndFiveSaveAndReadBackTheSameForecast() {
        GruSpec spec = new GruSpec(LOOKBACK, 12, 1, 0.01, 8, 32, 24, 1);
        HalfHourlySeries training = SERIES.slice(0, 60 * HalfHourlySeries.STEPS_PER_DAY);
        TrainingContext context = new TrainingContext("ds-cal", "test");
        WeatherDays weather = WeatherDrivenDemand.weather(START, TEMPERATURES);
        double[] history = Arrays.copyOf(SERIES.values(), (int) SERIES.indexOf(ORIGIN));

        DirectRecurrentModel plain = (DirectRecurrentModel) Trainers.recurrent(ModelFamily.GRU, null, true)
                .train(List.of(training), spec, context, EpochListener.NONE);
        DirectRecurrentModel aware = (DirectRecurrentModel) Trainers.recurrent(ModelFamily.GRU, weather, true)
                .train(List.of(training), spec, context, EpochListener.NONE);
        ForecastModel plainRead = ModelCodec.read(ModelCodec.write(plain));
        WeatherAwareModel awareRead = (WeatherAwareModel) ModelCodec.read(ModelCodec.write(aware));

        assertThat(plain.provenance().formatVersion()).isEqualTo(Provenance.DIRECT_CALENDAR_FORMAT);
        assertThat(plain.usesWeather()).isFalse();
        assertThat(plain.lookback()).isEqualTo(2 * DirectInputs.WEEK);
        assertThat(plainRead.predict(history, ORIGIN, 12)).containsExactly(plain.predict(history, ORIGIN, 12));
        assertThat(aware.provenance().formatVersion()).isEqualTo(Provenance.DIRECT_CALENDAR_WEATHER_FORMAT);
        assertThat(awareRead.usesWeather()).isTrue();
        WeatherForecast before = aware.predict(history, ORIGIN, 12, weather);
        assertThat(before.use()).isEqualTo(WeatherUse.APPLIED);
        assertThat(awareRead.predict(history, ORIGIN, 12, weather).values()).containsExactly(before.values());
    }
}
