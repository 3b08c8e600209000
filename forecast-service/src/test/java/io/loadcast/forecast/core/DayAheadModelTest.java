package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.BacktestResult;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.features.AsOfHistory;
import io.loadcast.forecast.core.features.DayAheadFeatures;
import io.loadcast.forecast.core.features.DayTypes;
import io.loadcast.forecast.core.features.SolarPosition;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.InvalidSpecException;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RidgeSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The day-ahead regression family on demand-like data the test builds (four months incl. a clock change). */
class DayAheadModelTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final TrainingContext CONTEXT = new TrainingContext("ds-day-ahead", "test");
    static final HalfHourlySeries SERIES = localDemand(120, 11);
    static final int BACKTEST = 2 * HalfHourlySeries.STEPS_PER_WEEK;
    static ForecastModel model;

    /**
     * Demand that follows GB local time (as settlement data does): morning and evening peaks by Europe/London
     * hour, lower weekends and bank holidays, a slow level drift and seeded noise.
     */
    static HalfHourlySeries localDemand(int days, long seed) {
        Random random = new Random(seed);
        double[] values = new double[days * HalfHourlySeries.STEPS_PER_DAY];
        for (int i = 0; i < values.length; i++) {
            ZonedDateTime local = START.plusSeconds(1800L * i).atZone(ZoneId.of("Europe/London"));
            double hour = local.getHour() + local.getMinute() / 60.0;
            double daily = 6000 * Math.exp(-Math.pow(hour - 8.5, 2) / 6) + 9000 * Math.exp(-Math.pow(hour - 18, 2) / 5);
            boolean offDay = DayTypes.dayClass(local.toLocalDate()) >= 5;
            double level = 25000 + 2000 * Math.sin(2 * Math.PI * i / (HalfHourlySeries.STEPS_PER_DAY * 60.0));
            values[i] = level + daily - (offDay ? 4000 : 0) + random.nextGaussian() * 400;
        }
        return new HalfHourlySeries("S", START, values);
    }

    static HalfHourlySeries training() {
        return SERIES.slice(0, SERIES.size() - BACKTEST);
    }

    @BeforeAll
    static void train() {
        model = Trainers.forFamily(ModelFamily.DAY_AHEAD)
                .train(List.of(training()), TrainingSpec.defaults(ModelFamily.DAY_AHEAD), CONTEXT, EpochListener.NONE);
    }

    @Test
    void dayAheadModelBeatsSeasonalNaiveInRollingOriginBacktest() {
        double scale = ForecastErrors.seasonalNaiveScale(training().values(), HalfHourlySeries.STEPS_PER_WEEK);

        BacktestResult result = Backtest.run(model, List.of(SERIES), BACKTEST, 96, 24, scale);

        assertThat(result.origins()).isGreaterThan(20);
        assertThat(result.errors().mae()).isLessThan(result.baseline().mae());
        assertThat(((RidgeSpec) model.provenance().spec()).ridge())
                .as("penalty chosen on held-out data")
                .isPositive();
    }

    @Test
    void sameDataAndSeedGiveTheSameModel() {
        ForecastModel again = Trainers.forFamily(ModelFamily.DAY_AHEAD)
                .train(List.of(training()), TrainingSpec.defaults(ModelFamily.DAY_AHEAD), CONTEXT, EpochListener.NONE);
        Instant origin = SERIES.timeAt(training().size());

        assertThat(again.predict(training().values(), origin, 96))
                .containsExactly(model.predict(training().values(), origin, 96));
    }

    @Test
    void savedModelReloadsToTheSamePredictions() {
        ForecastModel reloaded = ModelCodec.read(ModelCodec.write(model));
        Instant origin = SERIES.timeAt(training().size() + 20);
        double[] history = Arrays.copyOf(SERIES.values(), training().size() + 20);

        assertThat(reloaded.provenance()).isEqualTo(model.provenance());
        assertThat(reloaded.provenance().spec().family()).isEqualTo(ModelFamily.DAY_AHEAD);
        assertThat(reloaded.predict(history, origin, 96)).containsExactly(model.predict(history, origin, 96));
    }

    @Test
    void featuresNeverReadAtOrAfterTheOrigin() {
        // origins on both sides of the 31 March 2024 clock change and at the 09:00 issue time
        for (String at : List.of("2024-03-29T09:00:00Z", "2024-03-30T23:30:00Z", "2024-04-02T08:00:00Z")) {
            Instant originTime = Instant.parse(at);
            int origin = (int) SERIES.indexOf(originTime);
            double[] poisoned = SERIES.values().clone();
            Arrays.fill(poisoned, origin, poisoned.length, Double.NaN);
            AsOfHistory full = new AsOfHistory(poisoned, origin, originTime);
            AsOfHistory cut = new AsOfHistory(Arrays.copyOf(SERIES.values(), origin), origin, originTime);
            double level = DayAheadFeatures.level(full);
            for (int h = 0; h < 96; h++) {
                Instant target = originTime.plus(HalfHourlySeries.STEP.multipliedBy(h));
                double[] a = new double[DayAheadFeatures.COUNT];
                double[] b = new double[DayAheadFeatures.COUNT];
                DayAheadFeatures.write(full, level, target, a);
                DayAheadFeatures.write(cut, DayAheadFeatures.level(cut), target, b);
                assertThat(a).as("features of %s from %s", target, at).doesNotContain(Double.NaN);
                assertThat(a).containsExactly(b);
            }
            assertThatThrownBy(() -> full.at(origin)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void refusesALookbackShorterThanTheLagsNeed() {
        RidgeSpec defaults = (RidgeSpec) TrainingSpec.defaults(ModelFamily.DAY_AHEAD);

        assertThatThrownBy(() -> defaults.withLookback(336))
                .isInstanceOfSatisfying(
                        InvalidSpecException.class, e -> assertThat(e.field()).isEqualTo("lookback"))
                .hasMessageContaining("at least 720");
    }

    @Test
    void dayTypesAndSunFollowTheCalendarAndAstronomy() {
        assertThat(DayTypes.dayClass(LocalDate.of(2024, 12, 25)))
                .as("Christmas Day counts as a Sunday")
                .isEqualTo(6);
        assertThat(DayTypes.dayClass(LocalDate.of(2024, 12, 24))).isEqualTo(1);
        assertThat(DayTypes.bridge(LocalDate.of(2024, 12, 27)))
                .as("Friday after Boxing Day")
                .isTrue();
        assertThat(DayTypes.bridge(LocalDate.of(2024, 12, 20))).isFalse();
        assertThat(DayTypes.betweenChristmasAndNewYear(LocalDate.of(2024, 12, 30)))
                .isTrue();
        // midsummer noon over the Midlands: about 61 degrees; midnight: below the horizon
        double noon = SolarPosition.sinElevation(Instant.parse("2024-06-21T12:06:00Z"));
        assertThat(Math.toDegrees(Math.asin(noon))).isBetween(60.0, 62.0);
        assertThat(SolarPosition.daylight(Instant.parse("2024-06-21T00:00:00Z")))
                .isZero();
        assertThat(SolarPosition.daylight(Instant.parse("2024-12-21T12:00:00Z")))
                .isLessThan(SolarPosition.daylight(Instant.parse("2024-06-21T12:00:00Z")));
    }
}
