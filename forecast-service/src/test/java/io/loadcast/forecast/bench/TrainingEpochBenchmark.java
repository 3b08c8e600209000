package io.loadcast.forecast.bench;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.GruSpec;
import io.loadcast.forecast.core.model.LstmSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.util.List;

/** Seconds per epoch of the recurrent models on one year of half-hours (GB national demand 2023). */
public final class TrainingEpochBenchmark {

    public static void main(String[] args) throws Exception {
        HalfHourlySeries year = GbDemandData.years(2023).filled();
        for (TrainingSpec spec :
                List.of(new LstmSpec(96, 96, 2, 0.003, 32, 64, 4, 42), new GruSpec(96, 96, 2, 0.003, 32, 64, 4, 42))) {
            ModelFamily family = spec.family();
            long[] last = {System.nanoTime()};
            Trainers.forFamily(family).train(List.of(year), spec, new TrainingContext("", "bench"), (e, n, loss) -> {
                long now = System.nanoTime();
                System.out.printf(
                        "%s epoch %d/%d: %.1f s, loss %.5f (%d half-hours, stride %d)%n",
                        family, e, n, (now - last[0]) / 1e9, loss, year.size(), spec.stride());
                last[0] = now;
            });
        }
    }
}
