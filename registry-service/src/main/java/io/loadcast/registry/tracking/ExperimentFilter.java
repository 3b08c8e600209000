package io.loadcast.registry.tracking;

import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.SearchFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** experiments/search filters and orders: attributes name, creation_time, last_update_time, and tags. */
final class ExperimentFilter {

    private static final Map<String, String> COLUMNS = Map.of(
            "name", "e.name",
            "creation_time", "e.creation_time",
            "last_update_time", "e.last_update_time",
            "experiment_id", "e.experiment_id");

    private ExperimentFilter() {}

    static String condition(SearchFilter.Clause clause, String name, Map<String, Object> params) {
        String op = clause.comparator().toUpperCase(Locale.ROOT);
        if (op.contains("IN")) {
            throw MlflowException.invalid("Invalid comparator '" + op + "' in experiment filter");
        }
        params.put(name, typed(clause, op));
        return switch (clause.entity()) {
            case TAG -> {
                params.put(name + "k", clause.key());
                yield "exists (select 1 from experiment_tags t where t.experiment_id = e.experiment_id and t.key = :"
                        + name + "k and t.value " + op + " :" + name + ")";
            }
            case ATTRIBUTE -> {
                String column = COLUMNS.get(clause.key());
                if (column == null || column.equals("e.experiment_id")) {
                    throw MlflowException.invalid("Invalid attribute key '" + clause.key() + "'");
                }
                yield column + " " + op + " :" + name;
            }
            default -> throw MlflowException.invalid("Invalid entity type in experiment filter: " + clause.entity());
        };
    }

    /** The value as its column takes it: a string for name and tags, a number (millis) for the times. */
    private static Object typed(SearchFilter.Clause clause, String op) {
        boolean time =
                clause.entity() == SearchFilter.Entity.ATTRIBUTE && clause.key().endsWith("_time");
        if (time && clause.value() instanceof Double d && !op.contains("LIKE")) {
            return d.longValue();
        }
        if (!time && clause.value() instanceof String text) {
            return text;
        }
        throw MlflowException.invalid("Invalid filter value for '" + clause.key() + "': it takes "
                + (time ? "a number (milliseconds) and a comparison" : "a quoted string") + ", got "
                + clause.comparator() + " " + clause.value());
    }

    static String orderBy(List<String> orderBy) {
        List<String> parts = new ArrayList<>();
        for (String clause : orderBy) {
            String[] words = clause.trim().split("\\s+");
            String key = words[0].replaceFirst("^(attributes|attribute|attr)\\.", "");
            String column = COLUMNS.get(key);
            if (column == null || words.length > 2) {
                throw MlflowException.invalid("Invalid order_by clause '" + clause + "'");
            }
            parts.add(column + (words.length == 2 && words[1].equalsIgnoreCase("DESC") ? " desc" : " asc"));
        }
        parts.add("e.creation_time desc");
        parts.add("e.experiment_id asc");
        return String.join(", ", parts);
    }
}
