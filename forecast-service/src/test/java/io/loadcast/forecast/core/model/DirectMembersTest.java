package io.loadcast.forecast.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import io.loadcast.forecast.testing.WeatherDrivenDemand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A direct GRU of two {@link RecurrentSpec#members()} with the horizon's weather (format 6 holding two format-3 nets),
 * real DL4J training kept small on {@link WeatherDrivenDemand}'s 100 days, against a single net trained with the
 * second member's seed.
 */
class DirectMembersTest {

    static final Instant START = Instant.parse("2021-01-04T00:00:00Z");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TrainingContext CONTEXT = new TrainingContext("ds-members", "test");
    static final GruSpec TWO = new GruSpec(48, 96, 4, 0.01, 8, 32, 6, 123, 2);

    static HalfHourlySeries series;
    static WeatherDays weather;
    static DirectMembersModel model;
    static WeatherAwareModel single;

    @BeforeAll
    static void train() {
        double[] temperatures = WeatherDrivenDemand.temperatures(100, 7);
        series = WeatherDrivenDemand.series("WX", START, 100, temperatures, 11);
        weather = WeatherDrivenDemand.weather(START, temperatures);
        HalfHourlySeries training = series.slice(0, 90 * HalfHourlySeries.STEPS_PER_DAY);
        model = (DirectMembersModel) Trainers.recurrentWithWeather(ModelFamily.GRU, weather)
                .train(List.of(training), TWO, CONTEXT, EpochListener.NONE);
        single = (WeatherAwareModel) Trainers.recurrentWithWeather(ModelFamily.GRU, weather)
                .train(List.of(training), TWO.member(1), CONTEXT, EpochListener.NONE);
    }

    @Test
    void forecastsTheMeanOfItsMembersEachTheSingleNetOfItsSeed() {
        Instant origin = origin(95);
        double[] history = history(origin);

        WeatherForecast mean = model.predict(history, origin, 63, weather);
        WeatherForecast first = model.members().get(0).predict(history, origin, 63, weather);
        WeatherForecast second = model.members().get(1).predict(history, origin, 63, weather);

        assertThat(model.provenance().formatVersion()).isEqualTo(Provenance.DIRECT_MEMBERS_FORMAT);
        assertThat(model.usesWeather()).isTrue();
        assertThat(mean.use()).isEqualTo(WeatherUse.APPLIED);
        assertThat(model.members().get(1).provenance().spec()).isEqualTo(TWO.member(1));
        assertThat(model.members().get(1).provenance().formatVersion()).isEqualTo(Provenance.DIRECT_WEATHER_FORMAT);
        // member 1 is exactly the net one run with seed 124 trains (members 1 is today's single net)
        assertThat(second.values())
                .containsExactly(single.predict(history, origin, 63, weather).values());
        assertThat(single.provenance().formatVersion()).isEqualTo(Provenance.DIRECT_WEATHER_FORMAT);
        assertThat(maxRelativeGap(first.values(), second.values()))
                .as("two seeds give two nets")
                .isGreaterThan(1e-4);
        for (int i = 0; i < 63; i++) {
            assertThat(mean.values()[i])
                    .isCloseTo((first.values()[i] + second.values()[i]) / 2, org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(model.predict(history, origin, 63))
                .containsExactly(
                        model.predict(history, origin, 63, WeatherDays.NONE).values());
    }

    @Test
    void savesAsFormatSixAndReadsBackTheSameForecastWithAndWithoutWeather() {
        Instant origin = origin(97);
        double[] history = history(origin);

        ForecastModel read = ModelCodec.read(ModelCodec.write(model));

        assertThat(read).isInstanceOf(DirectMembersModel.class);
        assertThat(read.provenance()).isEqualTo(model.provenance());
        assertThat(((RecurrentSpec) read.provenance().spec()).members()).isEqualTo(2);
        assertThat(read.lookback()).isEqualTo(model.lookback());
        WeatherAwareModel aware = (WeatherAwareModel) read;
        assertThat(aware.predict(history, origin, 72, weather).values())
                .containsExactly(model.predict(history, origin, 72, weather).values());
        assertThat(aware.predict(history, origin, 72, WeatherDays.NONE).values())
                .containsExactly(
                        model.predict(history, origin, 72, WeatherDays.NONE).values());
    }

    @Test
    void batchedForecastsAreWhatEachOriginGetsAlone() {
        List<double[]> histories = new ArrayList<>();
        List<Instant> origins = new ArrayList<>();
        for (int day = 91; day <= 96; day++) {
            origins.add(origin(day).plus(Duration.ofMinutes(30L * day)));
            histories.add(history(origins.get(origins.size() - 1)));
        }
        // an ensemble of the 2-member net and its first member: each member batches, the ensemble averages
        EnsembleModel ensemble = new EnsembleModel(
                model.provenance(), List.of(model, model.members().get(0)));

        List<double[]> batched = model.predictAll(histories, origins, 63);
        List<double[]> ensembleBatched = ensemble.predictAll(histories, origins, 63);

        assertThat(batched).hasSize(6);
        assertThat(ensembleBatched).hasSize(6);
        for (int i = 0; i < origins.size(); i++) {
            double[] alone = model.predict(histories.get(i), origins.get(i), 63);
            double[] ensembleAlone = ensemble.predict(histories.get(i), origins.get(i), 63);
            for (int h = 0; h < 63; h++) {
                assertThat(batched.get(i)[h]).isCloseTo(alone[h], within(1e-4 * Math.abs(alone[h])));
                assertThat(ensembleBatched.get(i)[h])
                        .isCloseTo(ensembleAlone[h], within(1e-4 * Math.abs(ensembleAlone[h])));
            }
        }
        assertThat(maxRelativeGap(batched.get(0), batched.get(1))).isGreaterThan(1e-3);
    }

    @Test
    void refusesSavedMembersThatDoNotFitTheSpec() throws Exception {
        ByteArrayOutputStream parameters = new ByteArrayOutputStream();
        model.writeParameters(parameters);
        Provenance three = new Provenance(
                Provenance.DIRECT_MEMBERS_FORMAT,
                new GruSpec(48, 96, 4, 0.01, 8, 32, 6, 123, 3),
                model.provenance().seriesIds(),
                model.provenance().dataFingerprint(),
                model.provenance().datasetId(),
                model.provenance().codeVersion(),
                model.provenance().trainedAt());

        assertThatThrownBy(() -> DirectMembersModel.read(three, new ByteArrayInputStream(parameters.toByteArray())))
                .isInstanceOf(UnreadableModelException.class)
                .hasMessageContaining("do not fit a spec of 3");
    }

    @Test
    void autoValidatesANetFamilyAsItsFirstMemberAlone() {
        TrainingSpec gru = TrainingSpec.defaults(ModelFamily.GRU).withSeed(7);
        assertThat(((RecurrentSpec) gru).members()).isEqualTo(2);

        TrainingSpec validated = AutoValidation.validated(gru);

        assertThat(validated).isEqualTo(((RecurrentSpec) gru).member(0));
        assertThat(((RecurrentSpec) validated).members()).isEqualTo(1);
        assertThat(validated.seed()).isEqualTo(7);
        TrainingSpec linear = TrainingSpec.defaults(ModelFamily.LINEAR);
        assertThat(AutoValidation.validated(linear)).isSameAs(linear);
    }

    @Test
    void membersIsCheckedAndAbsentReadsAsOne() {
        assertThatThrownBy(() -> new GruSpec(48, 96, 4, 0.01, 8, 32, 6, 1, -2))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("members");
        assertThat(new LstmSpec(48, 96, 4, 0.01, 8, 32, 6, 1, 0).members()).isEqualTo(1);
        assertThat(new GruSpec(48, 96, 4, 0.01, 8, 32, 6, 1)).isEqualTo(new GruSpec(48, 96, 4, 0.01, 8, 32, 6, 1, 1));
        assertThat(TWO.member(1)).isEqualTo(new GruSpec(48, 96, 4, 0.01, 8, 32, 6, 124, 1));
        assertThat(TWO.withHorizon(48).members()).isEqualTo(2);
    }

    static Instant origin(int day) {
        return LocalDate.ofInstant(START, LONDON)
                .plusDays(day - 1)
                .atTime(9, 0)
                .atZone(LONDON)
                .toInstant();
    }

    static double[] history(Instant origin) {
        return Arrays.copyOf(series.values(), (int) series.indexOf(origin));
    }

    static double maxRelativeGap(double[] a, double[] b) {
        double gap = 0;
        for (int i = 0; i < a.length; i++) {
            gap = Math.max(gap, Math.abs(a[i] - b[i]) / Math.abs(b[i]));
        }
        return gap;
    }
}
