package io.loadcast.edge;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.LinearSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import java.time.Instant;
import java.util.List;

/** Real artifacts, trained by forecast-core on a synthetic daily-and-weekly demand series. */
final class TestArtifacts {

    static final String SERIES = "site-0042";
    static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    static final int WEEKS = 4;

    private TestArtifacts() {}

    /** A demand-like series: a daily shape, a weekday/weekend level and a slow trend. */
    static HalfHourlySeries demand(int periods) {
        double[] values = new double[periods];
        for (int i = 0; i < periods; i++) {
            int day = i / HalfHourlySeries.STEPS_PER_DAY % 7;
            double daily =
                    Math.sin(2 * Math.PI * (i % HalfHourlySeries.STEPS_PER_DAY) / HalfHourlySeries.STEPS_PER_DAY);
            values[i] = 1000 + 300 * daily + (day >= 5 ? -150 : 0) + 0.05 * i + 20 * Math.sin(i * 0.37);
        }
        return new HalfHourlySeries(SERIES, START, values);
    }

    /** A linear model (look-back 96, horizon 48) with the given ridge, saved in the artifact format. */
    static byte[] linear(double ridge, double halfWidth80) {
        var model = Trainers.forFamily(ModelFamily.LINEAR)
                .train(
                        List.of(demand(WEEKS * HalfHourlySeries.STEPS_PER_WEEK)),
                        new LinearSpec(96, 48, ridge, 6, 42),
                        new TrainingContext("edge-test", "test"),
                        EpochListener.NONE);
        ConformalIntervals intervals = new ConformalIntervals(
                new double[] {halfWidth80, halfWidth80 + 10}, new double[] {2 * halfWidth80, 2 * halfWidth80 + 20});
        return new ModelArtifact(model, intervals).toBytes();
    }
}
