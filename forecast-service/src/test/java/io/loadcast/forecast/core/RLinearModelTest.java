package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.BacktestResult;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.RidgeSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The RLinear family: one linear map shared by several series on instance-normalised windows. */
class RLinearModelTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final TrainingContext CONTEXT = new TrainingContext("ds-rlinear", "test");
    static final int BACKTEST = HalfHourlySeries.STEPS_PER_WEEK;
    static final TrainingSpec SPEC = ((RidgeSpec) TrainingSpec.defaults(ModelFamily.RLINEAR))
            .withLookback(96)
            .withHorizon(48);

    /** A z-scored-looking series: daily cycle around zero with seeded noise, where ratio-to-level breaks down. */
    static HalfHourlySeries centred(String id, long seed) {
        Random random = new Random(seed);
        double[] values = new double[35 * 48];
        for (int i = 0; i < values.length; i++) {
            values[i] =
                    Math.sin(2 * Math.PI * i / 48) + 0.5 * Math.sin(2 * Math.PI * i / 12) + 0.2 * random.nextGaussian();
        }
        return new HalfHourlySeries(id, START, values);
    }

    static List<HalfHourlySeries> series() {
        return List.of(
                SyntheticDemand.series("A", START, 35, 3),
                SyntheticDemand.series("B", START, 35, 4, 0.01),
                centred("C", 5));
    }

    static List<HalfHourlySeries> training() {
        return series().stream().map(s -> s.slice(0, s.size() - BACKTEST)).toList();
    }

    static ForecastModel train() {
        return Trainers.forFamily(ModelFamily.RLINEAR).train(training(), SPEC, CONTEXT, EpochListener.NONE);
    }

    @Test
    void oneModelAcrossSeriesOfAnyScaleBeatsSeasonalNaive() {
        ForecastModel model = train();

        for (HalfHourlySeries s : series()) {
            double scale = ForecastErrors.seasonalNaiveScale(
                    s.slice(0, s.size() - BACKTEST).values(), HalfHourlySeries.STEPS_PER_WEEK);
            BacktestResult result = Backtest.run(model, List.of(s), BACKTEST, 48, 12, scale);
            assertThat(result.errors().mae())
                    .as(s.seriesId())
                    .isLessThan(result.baseline().mae());
        }
        assertThat(((RidgeSpec) model.provenance().spec()).ridge())
                .as("penalty chosen on held-out data")
                .isPositive();
    }

    @Test
    void sameDataAndSeedGiveTheSameModelAndItReloads() {
        ForecastModel a = train();
        ForecastModel b = train();
        HalfHourlySeries s = training().get(0);
        Instant origin = s.end();

        assertThat(b.predict(s.values(), origin, 48)).containsExactly(a.predict(s.values(), origin, 48));
        ForecastModel reloaded = ModelCodec.read(ModelCodec.write(a));
        assertThat(reloaded.provenance()).isEqualTo(a.provenance());
        assertThat(reloaded.predict(s.values(), origin, 48)).containsExactly(a.predict(s.values(), origin, 48));
    }

    @Test
    void forecastReadsOnlyTheLookbackBeforeTheOrigin() {
        ForecastModel model = ModelCodec.read(ModelCodec.write(train()));
        double[] history = training().get(0).values();
        Instant origin = training().get(0).end();
        double[] forecast = model.predict(history, origin, 48);

        double[] olderChanged = history.clone();
        Arrays.fill(olderChanged, 0, history.length - 96, -1e6);
        double[] latestChanged = history.clone();
        latestChanged[history.length - 1] += 5000;

        assertThat(model.predict(olderChanged, origin, 48)).containsExactly(forecast);
        assertThat(model.predict(latestChanged, origin, 48)).isNotEqualTo(forecast);
    }
}
