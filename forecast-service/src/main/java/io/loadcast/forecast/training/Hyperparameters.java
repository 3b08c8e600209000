package io.loadcast.forecast.training;

import io.loadcast.forecast.core.model.InvalidSpecException;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code hyperparameters} of a request bound by Jackson onto the family's spec record over its defaults; the
 * record's compact constructor validates. Keys of another family, unknown keys, values that are not numbers and
 * values out of range are 400 problems naming the field ({@code hyperparameters.hidden}).
 *
 * @param spec the family's spec
 * @param backtestWeeks weeks held out for the backtest: the request's, else the configured default
 */
record Hyperparameters(TrainingSpec spec, int backtestWeeks) {

    static final String BACKTEST_WEEKS = "backtestWeeks";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Hyperparameters parse(ModelFamily family, Map<String, String> raw, int defaultBacktestWeeks) {
        Map<String, String> model = new LinkedHashMap<>(raw);
        String weeks = model.remove(BACKTEST_WEEKS);
        List<String> keys = TrainingSpec.keys(family);
        for (String key : model.keySet()) {
            if (!keys.contains(key)) {
                throw BadHyperparameterException.unknown(
                        key, "'" + key + "' is not a hyperparameter of family " + family + "; it has " + known(keys));
            }
            if (model.get(key) == null) {
                throw BadHyperparameterException.invalid(key, key + " has no value");
            }
        }
        ObjectNode node = JSON.valueToTree(TrainingSpec.defaults(family));
        model.forEach((key, value) -> node.put(key, value.trim()));
        return new Hyperparameters(bind(node), weeks(weeks, defaultBacktestWeeks));
    }

    private static TrainingSpec bind(ObjectNode node) {
        try {
            return JSON.treeToValue(node, TrainingSpec.class);
        } catch (JacksonException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidSpecException invalid) {
                    throw BadHyperparameterException.invalid(invalid.field(), String.valueOf(invalid.getMessage()));
                }
            }
            List<JacksonException.Reference> path = e.getPath();
            String field = path.isEmpty()
                    ? ""
                    : String.valueOf(path.get(path.size() - 1).getPropertyName());
            throw BadHyperparameterException.invalid(field, field + " is not a number of its type");
        }
    }

    private static int weeks(@Nullable String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int weeks = Integer.parseInt(value.trim());
            if (weeks >= 1) {
                return weeks;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BadHyperparameterException.invalid(
                BACKTEST_WEEKS, BACKTEST_WEEKS + " must be a whole number >= 1, was '" + value + "'");
    }

    private static List<String> known(List<String> keys) {
        List<String> all = new ArrayList<>(keys);
        all.add(BACKTEST_WEEKS);
        return all;
    }
}
