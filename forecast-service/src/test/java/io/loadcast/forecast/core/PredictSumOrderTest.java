package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.features.CalendarFeatures;
import io.loadcast.forecast.core.features.Window;
import io.loadcast.forecast.core.model.LinearModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Provenance;
import io.loadcast.forecast.core.model.RLinearModel;
import io.loadcast.forecast.core.model.RidgeSpec;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The served predict loops of {@code rlinear} and {@code linear} are written for speed (row by row, no feature row
 * copied per step) but must give, to the bit, what the textbook form gives: per step, the dot product of the weights
 * with the feature row summed in input order. Random weights and windows over a clock change, so any change of the
 * summation order or of a feature shows.
 */
class PredictSumOrderTest {

    static final Instant ORIGIN = Instant.parse("2024-03-30T21:00:00Z");
    static final int LOOKBACK = 96;
    static final int HORIZON = 48;

    @Test
    void rlinearGivesTheDotProductOfEachStepToTheBit() {
        Random random = new Random(7);
        double[][] weights = matrix(random, LOOKBACK + 1, HORIZON);
        RLinearModel model = new RLinearModel(provenance(ModelFamily.RLINEAR), weights);
        double[] history = history(random, LOOKBACK + 30);

        double[] forecast = model.predict(history, ORIGIN, HORIZON);

        int from = history.length - LOOKBACK;
        double mean = 0;
        for (int i = from; i < history.length; i++) {
            mean += history[i];
        }
        mean /= LOOKBACK;
        double square = 0;
        for (int i = from; i < history.length; i++) {
            square += (history[i] - mean) * (history[i] - mean);
        }
        double sd = Math.sqrt(square / LOOKBACK + 1e-5);
        for (int h = 0; h < HORIZON; h++) {
            double sum = 0;
            for (int i = 0; i < LOOKBACK; i++) {
                sum += weights[i][h] * ((history[from + i] - mean) / sd);
            }
            sum += weights[LOOKBACK][h] * 1;
            assertThat(forecast[h]).as("step %d", h).isEqualTo(sum * sd + mean);
        }
    }

    @Test
    void linearGivesTheDotProductOfItsFeatureRowToTheBit() {
        Random random = new Random(11);
        int width = LOOKBACK + CalendarFeatures.COUNT + 1;
        double[][] weights = matrix(random, HORIZON, width);
        LinearModel model = new LinearModel(provenance(ModelFamily.LINEAR), weights);
        double[] history = history(random, LOOKBACK + 30);

        double[] forecast = model.predict(history, ORIGIN, HORIZON);

        Window window = Window.before(history, history.length, LOOKBACK);
        double[] row = new double[width];
        for (int h = 0; h < HORIZON; h++) {
            System.arraycopy(window.normalised(), 0, row, 0, LOOKBACK);
            CalendarFeatures.write(ORIGIN.plusSeconds(1800L * h), row, LOOKBACK);
            row[width - 1] = 1;
            double sum = 0;
            for (int i = 0; i < width; i++) {
                sum += weights[h][i] * row[i];
            }
            assertThat(forecast[h]).as("step %d", h).isEqualTo(window.denormalise(sum));
        }
    }

    static Provenance provenance(ModelFamily family) {
        TrainingSpec spec = ((RidgeSpec) TrainingSpec.defaults(family))
                .withLookback(LOOKBACK)
                .withHorizon(HORIZON);
        return new Provenance(1, spec, List.of("X"), "", "", "", Instant.EPOCH);
    }

    static double[][] matrix(Random random, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextGaussian() / 10;
            }
        }
        return m;
    }

    static double[] history(Random random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = 25_000 + 4_000 * Math.sin(2 * Math.PI * i / 48) + 300 * random.nextGaussian();
        }
        return values;
    }
}
