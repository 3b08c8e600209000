package io.loadcast.registry.models;

import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.SearchFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The filters MLflow's registry searches accept: {@code name} (=, !=, LIKE, ILIKE), {@code run_id} (=, IN),
 * {@code source_path} and {@code tags.<key>} for versions; {@code name} and tags for registered models.
 */
final class ModelFilter {

    private ModelFilter() {}

    static String where(
            @Nullable String filter,
            String alias,
            Map<String, String> columns,
            String tagTable,
            Map<String, Object> p) {
        List<String> conditions = new ArrayList<>();
        List<SearchFilter.Clause> clauses = SearchFilter.parse(filter);
        for (int i = 0; i < clauses.size(); i++) {
            SearchFilter.Clause clause = clauses.get(i);
            String op = clause.comparator().toUpperCase(Locale.ROOT);
            String name = "f" + i;
            p.put(name, clause.value() instanceof Double d ? String.valueOf(d.intValue()) : clause.value());
            String value = op.endsWith("IN") ? "(:" + name + ")" : ":" + name;
            if (!List.of("=", "!=", "LIKE", "ILIKE", "IN", "NOT IN").contains(op)) {
                throw MlflowException.invalid("Invalid comparator '" + op + "' in filter '" + filter + "'");
            }
            if (clause.entity() == SearchFilter.Entity.TAG) {
                p.put(name + "k", clause.key());
                String join = tagTable.equals("model_version_tags")
                        ? "t.name = v.name and t.version = v.version"
                        : "t.name = m.name";
                conditions.add("exists (select 1 from " + tagTable + " t where " + join + " and t.key = :" + name
                        + "k and t.value " + op + " " + value + ")");
            } else if (clause.entity() == SearchFilter.Entity.ATTRIBUTE && columns.containsKey(clause.key())) {
                conditions.add(columns.get(clause.key()) + " " + op + " " + value);
            } else {
                throw MlflowException.invalid("Invalid filter key '" + clause.key() + "' in '" + filter + "'");
            }
        }
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    static String orderBy(List<String> orderBy, Map<String, String> columns, String fallback) {
        List<String> parts = new ArrayList<>();
        for (String clause : orderBy) {
            String[] words = clause.trim().split("\\s+");
            String column = columns.get(words[0]);
            if (column == null || words.length > 2) {
                throw MlflowException.invalid("Invalid order_by clause '" + clause + "'");
            }
            parts.add(column + (words.length == 2 && words[1].equalsIgnoreCase("DESC") ? " desc" : " asc"));
        }
        parts.add(fallback);
        return String.join(", ", parts);
    }
}
