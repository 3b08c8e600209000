package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.BacktestResult;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.LinearSpec;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.core.model.UnreadableModelException;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final TrainingContext CONTEXT = new TrainingContext("ds-1", "test");
    static final HalfHourlySeries SERIES = SyntheticDemand.series("S", START, 35, 5);
    static final int BACKTEST = HalfHourlySeries.STEPS_PER_WEEK;

    static HalfHourlySeries training() {
        return SERIES.slice(0, SERIES.size() - BACKTEST);
    }

    static TrainingSpec linear() {
        return new LinearSpec(336, 48, 1e-3, 1, 42);
    }

    @Test
    void linearModelBeatsSeasonalNaiveInRollingOriginBacktest() {
        ForecastModel model = Trainers.forFamily(ModelFamily.LINEAR)
                .train(List.of(training()), linear(), CONTEXT, EpochListener.NONE);
        double scale = ForecastErrors.seasonalNaiveScale(training().values(), HalfHourlySeries.STEPS_PER_WEEK);

        BacktestResult result = Backtest.run(model, List.of(SERIES), BACKTEST, 48, 24, scale);

        assertThat(result.origins()).isGreaterThan(10);
        assertThat(result.errors().mae()).isLessThan(result.baseline().mae());
        assertThat(result.errors().mase()).isLessThan(1);
        assertThat(result.coverage80()).isBetween(0.5, 1.0);
        assertThat(result.intervals().halfWidth95()[0])
                .isGreaterThanOrEqualTo(result.intervals().halfWidth80()[0]);
    }

    @Test
    void sameDataAndSeedGiveTheSameModel() {
        ForecastModel a = Trainers.forFamily(ModelFamily.LINEAR)
                .train(List.of(training()), linear(), CONTEXT, EpochListener.NONE);
        ForecastModel b = Trainers.forFamily(ModelFamily.LINEAR)
                .train(List.of(training()), linear(), CONTEXT, EpochListener.NONE);
        assertThat(a.predict(training().values(), SERIES.timeAt(training().size()), 48))
                .containsExactly(
                        b.predict(training().values(), SERIES.timeAt(training().size()), 48));
        assertThat(a.provenance().dataFingerprint())
                .isEqualTo(b.provenance().dataFingerprint())
                .hasSize(64);
    }

    @Test
    void savedModelCarriesProvenanceAndReloadsToTheSamePredictions() {
        ForecastModel model = Trainers.forFamily(ModelFamily.LINEAR)
                .train(List.of(training()), linear(), CONTEXT, EpochListener.NONE);

        ForecastModel reloaded = ModelCodec.read(ModelCodec.write(model));

        assertThat(reloaded.provenance()).isEqualTo(model.provenance());
        assertThat(reloaded.provenance().spec().seed()).isEqualTo(42);
        assertThat(reloaded.provenance().datasetId()).isEqualTo("ds-1");
        assertThat(reloaded.predict(
                        training().values(), SERIES.timeAt(training().size()), 48))
                .containsExactly(model.predict(
                        training().values(), SERIES.timeAt(training().size()), 48));
    }

    @Test
    void refusesArtifactsThatAreNotModels() {
        assertThatThrownBy(() -> ModelArtifact.fromBytes("not a zip".getBytes()))
                .isInstanceOf(UnreadableModelException.class);
        assertThatThrownBy(() -> ModelCodec.read(new byte[] {80, 75, 3, 4, 1, 2}))
                .isInstanceOf(UnreadableModelException.class);
    }

    @Test
    void refusesTrainingOnTooLittleHistory() {
        assertThatThrownBy(() -> Trainers.forFamily(ModelFamily.LINEAR)
                        .train(List.of(SERIES.slice(0, 100)), linear(), CONTEXT, EpochListener.NONE))
                .hasMessageContaining("too little history");
    }

    @Test
    void seasonalNaiveRepeatsLastWeek() {
        ForecastModel naive = Trainers.forFamily(ModelFamily.SEASONAL_NAIVE)
                .train(
                        List.of(training()),
                        TrainingSpec.defaults(ModelFamily.SEASONAL_NAIVE),
                        CONTEXT,
                        EpochListener.NONE);
        double[] history = training().values();

        double[] forecast = naive.predict(history, SERIES.timeAt(history.length), 3);

        assertThat(forecast).containsExactly(Arrays.copyOfRange(history, history.length - 336, history.length - 333));
    }
}
