package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.GruSpec;
import io.loadcast.forecast.core.model.LstmSpec;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Real DL4J training, kept tiny: a few hundred samples, eight hidden units, a handful of epochs. */
class NeuralModelsTest {

    static final HalfHourlySeries SERIES = SyntheticDemand.series("S", Instant.parse("2024-01-01T00:00:00Z"), 28, 9);
    static final TrainingContext CONTEXT = new TrainingContext("", "test");

    static TrainingSpec spec(ModelFamily family) {
        return family == ModelFamily.LSTM
                ? new LstmSpec(48, 12, 4, 0.01, 8, 32, 6, 123)
                : new GruSpec(48, 12, 4, 0.01, 8, 32, 6, 123);
    }

    @ParameterizedTest
    @EnumSource(
            value = ModelFamily.class,
            names = {"LSTM", "GRU"})
    void trainsWithFallingLossRepeatablyAndReloadsFromItsSavedForm(ModelFamily family) {
        List<Double> losses = new ArrayList<>();
        ForecastModel model = Trainers.forFamily(family)
                .train(List.of(SERIES), spec(family), CONTEXT, (epoch, epochs, loss) -> losses.add(loss));
        ForecastModel again = Trainers.forFamily(family).train(List.of(SERIES), spec(family), CONTEXT, (e, n, l) -> {});
        double[] history = SERIES.values();
        Instant origin = SERIES.end();

        double[] forecast = model.predict(history, origin, 12);

        assertThat(losses).hasSizeBetween(2, 4);
        assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0));
        assertThat(model.provenance().formatVersion()).isEqualTo(2);
        assertThat(model.lookback()).isEqualTo(336);
        assertThat(again.predict(history, origin, 12)).containsExactly(forecast);
        ForecastModel reloaded = ModelCodec.read(ModelCodec.write(model));
        assertThat(reloaded.provenance()).isEqualTo(model.provenance());
        assertThat(reloaded.predict(history, origin, 12)).containsExactly(forecast);
        double mean = java.util.Arrays.stream(history).average().orElseThrow();
        for (double v : forecast) {
            assertThat(v).isBetween(0.3 * mean, 3 * mean);
        }
    }
}
