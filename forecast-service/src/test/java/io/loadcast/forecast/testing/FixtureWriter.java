package io.loadcast.forecast.testing;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.LinearSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Wrote {@code src/test/resources/models/linear-format1.zip}, the saved model of release 0.1.0 that every later
 * release must still load ({@code SavedModelCompatibilityTest}). Not rerun by the build: the file is the fixture.
 */
public final class FixtureWriter {

    public static void main(String[] args) throws Exception {
        HalfHourlySeries series = SyntheticDemand.series("FIXTURE", Instant.parse("2024-01-01T00:00:00Z"), 14, 3);
        ForecastModel model = Trainers.forFamily(ModelFamily.LINEAR)
                .train(
                        List.of(series),
                        new LinearSpec(48, 4, 1e-3, 4, 42),
                        new TrainingContext("fixture-dataset", "0.1.0"),
                        EpochListener.NONE);
        ConformalIntervals intervals =
                new ConformalIntervals(new double[] {100, 110, 120, 130}, new double[] {200, 220, 240, 260});
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.write(out, new ModelArtifact(model, intervals).toBytes());
        double[] forecast = model.predict(series.values(), series.end(), 4);
        System.out.println(java.util.Arrays.toString(forecast));
    }
}
