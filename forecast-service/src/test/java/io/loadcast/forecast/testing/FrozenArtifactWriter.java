package io.loadcast.forecast.testing;

import io.loadcast.forecast.bench.GbDemandData;
import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.model.DayAheadSpec;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.GruSpec;
import io.loadcast.forecast.core.model.LinearSpec;
import io.loadcast.forecast.core.model.LstmSpec;
import io.loadcast.forecast.core.model.RLinearEnsembleSpec;
import io.loadcast.forecast.core.model.RLinearSpec;
import io.loadcast.forecast.core.model.SeasonalNaiveSpec;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wrote the frozen artifacts of every family, {@code src/test/resources/models/format1/<family>.zip}, and beside
 * each {@code <family>.json} with the input window and the forecast the model gave when saved
 * ({@code FrozenArtifactsTest} reproduces it). Tiny models trained on ten weeks of GB national demand (2023-01-02
 * onwards, {@code ../shared/data/gb-demand}). Not run by the build: the files are the fixtures; rerun only to add a
 * family or a new format version ({@code README.md}, "Frozen artifacts"). Args: the directory, and optionally the
 * families to write (comma-separated slugs; {@code format2/} holds the direct {@code lstm}/{@code gru} of format 2).
 */
public final class FrozenArtifactWriter {

    static final Instant FROM = Instant.parse("2023-01-02T00:00:00Z");
    static final int WEEKS = 10;
    static final int INPUT = 15 * 48;

    /** One small spec per family, in the format-1 form. */
    static final List<TrainingSpec> SPECS = List.of(
            new SeasonalNaiveSpec(48, 42),
            new LinearSpec(96, 48, 1e-3, 6, 42),
            new LstmSpec(48, 12, 2, 0.01, 8, 32, 12, 42),
            new GruSpec(48, 12, 2, 0.01, 8, 32, 12, 42),
            new DayAheadSpec(720, 48, 1e-3, 12, 42),
            new RLinearSpec(96, 48, 1e-3, 6, 42),
            new RLinearEnsembleSpec(144, 24, 1e-3, 6, 42));

    /** What a fixture's forecast is checked against: the window before {@code origin} and the saved forecast. */
    public record Expected(String family, Instant origin, double[] history, double[] forecast) {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/models/format1");
        Files.createDirectories(dir);
        HalfHourlySeries year = GbDemandData.years(2023).filled();
        int from = (int) year.indexOf(FROM);
        HalfHourlySeries data = year.slice(from, from + WEEKS * HalfHourlySeries.STEPS_PER_WEEK);
        int cut = data.size() - HalfHourlySeries.STEPS_PER_WEEK;
        HalfHourlySeries train = data.slice(0, cut);
        double[] history = Arrays.copyOfRange(data.values(), cut - INPUT, cut);
        Instant origin = data.timeAt(cut);
        JsonMapper json = JsonMapper.builder().build();
        List<String> only = args.length > 1 ? List.of(args[1].split(",")) : List.of();
        for (TrainingSpec spec : SPECS) {
            if (!only.isEmpty() && !only.contains(spec.family().slug())) {
                continue;
            }
            ForecastModel model = Trainers.forFamily(spec.family())
                    .train(
                            List.of(train),
                            spec,
                            new TrainingContext("gb-nd-2023-fixture", "0.5.0"),
                            EpochListener.NONE);
            ConformalIntervals intervals = new ConformalIntervals(new double[] {500, 600}, new double[] {900, 1000});
            Path zip = dir.resolve(spec.family().slug() + ".zip");
            Files.write(zip, new ModelArtifact(model, intervals).toBytes());
            double[] forecast = model.predict(history, origin, spec.horizon());
            Files.write(
                    dir.resolve(spec.family().slug() + ".json"),
                    json.writerWithDefaultPrettyPrinter()
                            .writeValueAsBytes(new Expected(spec.family().slug(), origin, history, forecast)));
            System.out.printf("%s: %d bytes, forecast %s%n", spec.family(), Files.size(zip), Arrays.toString(forecast));
        }
    }
}
