package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.features.DayAheadFeatures;
import io.loadcast.forecast.core.model.DayAheadModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Provenance;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.util.List;

/** CPU time of one 48-step {@code day-ahead} prediction (the model alone, no HTTP), single thread. */
public final class DayAheadPredictBenchmark {

    public static void main(String[] args) {
        double[][] w = new double[DayAheadFeatures.HEADS][DayAheadFeatures.COUNT];
        for (double[] row : w) {
            row[1] = 0.5;
            row[3] = 0.5;
        }
        DayAheadModel model = new DayAheadModel(
                new Provenance(
                        1, TrainingSpec.defaults(ModelFamily.DAY_AHEAD), List.of("X"), "", "", "", Instant.EPOCH),
                w);
        double[] history = new double[1056];
        for (int i = 0; i < history.length; i++) {
            history[i] = 30_000 + 5_000 * Math.sin(i * 2 * Math.PI / 48);
        }
        Instant origin = Instant.parse("2024-12-30T22:30:00Z");
        double sink = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                sink += model.predict(history, origin.plusSeconds(1800L * (i % 96)), 48)[47];
            }
            System.out.printf("round %d: %.1f us per 48-step forecast%n", round, (System.nanoTime() - t0) / 1e3 / n);
        }
        System.out.println(sink > 0 ? "" : "-");
    }
}
