package io.loadcast.forecast.training;

import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.util.Map;
import java.util.Set;

/** Reads the {@code hyperparameters} map of a request over the family's defaults; unknown keys are refused. */
record Hyperparameters(TrainingSpec spec, Map<String, String> raw) {

    private static final Set<String> KEYS = Set.of(
            "lookback",
            "horizon",
            "epochs",
            "learningRate",
            "hidden",
            "batchSize",
            "ridge",
            "stride",
            "seed",
            "backtestWeeks");

    static Hyperparameters parse(String family, Map<String, String> raw) {
        for (String key : raw.keySet()) {
            if (!KEYS.contains(key)) {
                throw new LoadcastProblemException(
                                ProblemType.UNKNOWN_HYPERPARAMETER, "'" + key + "' is not one of " + KEYS)
                        .with("field", "hyperparameters." + key);
            }
        }
        TrainingSpec d = TrainingSpec.defaults(family);
        try {
            return new Hyperparameters(
                    new TrainingSpec(
                            family,
                            integer(raw, "lookback", d.lookback()),
                            integer(raw, "horizon", d.horizon()),
                            integer(raw, "epochs", d.epochs()),
                            real(raw, "learningRate", d.learningRate()),
                            integer(raw, "hidden", d.hidden()),
                            integer(raw, "batchSize", d.batchSize()),
                            real(raw, "ridge", d.ridge()),
                            integer(raw, "stride", d.stride()),
                            Long.parseLong(raw.getOrDefault("seed", Long.toString(d.seed())))),
                    raw);
        } catch (NumberFormatException e) {
            throw new LoadcastProblemException(ProblemType.BAD_HYPERPARAMETER, "not a number: " + e.getMessage())
                    .with("field", "hyperparameters");
        } catch (IllegalArgumentException e) {
            throw new LoadcastProblemException(ProblemType.BAD_HYPERPARAMETER, e.getMessage())
                    .with("field", "hyperparameters");
        }
    }

    int backtestWeeks(int fallback) {
        return integer(raw, "backtestWeeks", fallback);
    }

    private static int integer(Map<String, String> raw, String key, int fallback) {
        return raw.containsKey(key) ? Integer.parseInt(raw.get(key).trim()) : fallback;
    }

    private static double real(Map<String, String> raw, String key, double fallback) {
        return raw.containsKey(key) ? Double.parseDouble(raw.get(key).trim()) : fallback;
    }
}
