package io.loadcast.forecast.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link DirectRecurrentModel#predictAll}: one forward pass over many origins gives each origin's own forecast. */
class DirectBatchPredictTest {

    static final HalfHourlySeries SERIES = SyntheticDemand.series("S", Instant.parse("2024-01-01T00:00:00Z"), 28, 9);

    @ParameterizedTest
    @EnumSource(
            value = ModelFamily.class,
            names = {"LSTM", "GRU"})
    void batchedForecastsEqualOneByOne(ModelFamily family) {
        RecurrentSpec spec = family == ModelFamily.LSTM
                ? new LstmSpec(48, 12, 2, 0.01, 8, 32, 6, 123)
                : new GruSpec(48, 12, 2, 0.01, 8, 32, 6, 123);
        DirectRecurrentModel model = (DirectRecurrentModel) Trainers.forFamily(family)
                .train(List.of(SERIES), spec, new TrainingContext("", "test"), (e, n, l) -> {});
        double[] values = SERIES.values();
        List<double[]> histories = new ArrayList<>();
        List<Instant> origins = new ArrayList<>();
        for (int end = model.lookback(); end + 40 <= values.length; end += 97) {
            histories.add(Arrays.copyOfRange(values, end - model.lookback(), end));
            origins.add(SERIES.timeAt(end));
        }

        List<double[]> batched = model.predictAll(histories, origins, 10);

        assertThat(batched).hasSize(histories.size()).hasSizeGreaterThan(3);
        for (int i = 0; i < histories.size(); i++) {
            double[] single = model.predict(histories.get(i), origins.get(i), 10);
            assertThat(batched.get(i)).hasSize(10);
            for (int h = 0; h < 10; h++) {
                assertThat(batched.get(i)[h]).isCloseTo(single[h], within(1e-4 * Math.abs(single[h])));
            }
        }
        assertThat(batched.get(0)).isNotEqualTo(batched.get(1));
        assertThat(model.predictAll(List.of(), List.of(), 10)).isEmpty();
        assertThatThrownBy(() -> model.predictAll(histories, List.of(), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
