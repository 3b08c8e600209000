package io.loadcast.registry.tracking.store;

import io.loadcast.registry.mlflow.MlflowException;
import io.loadcast.registry.mlflow.SearchFilter;
import io.loadcast.registry.mlflow.SearchFilter.Clause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Translates MLflow's runs/search request into one parameterised SQL query: every clause becomes an EXISTS over
 * latest_metrics, params or tags (or a condition on a whitelisted run column), values are always bound.
 */
public record RunQuery(String sql, MapSqlParameterSource params) {

    private static final Map<String, String> STRING_ATTRIBUTES = Map.of(
            "run_id", "run_uuid",
            "run_name", "run_name",
            "status", "status",
            "user_id", "user_id",
            "artifact_uri", "artifact_uri",
            "lifecycle_stage", "lifecycle_stage");
    private static final Map<String, String> NUMBER_ATTRIBUTES =
            Map.of("start_time", "start_time", "end_time", "end_time", "created", "start_time");
    private static final Pattern ORDER =
            Pattern.compile("\\s*(?:(\\w+)\\.)?([`\"]?)(.+?)\\2(?:\\s+(ASC|DESC))?\\s*", Pattern.CASE_INSENSITIVE);

    public static RunQuery of(
            List<Long> experimentIds,
            List<Clause> clauses,
            String viewType,
            List<String> orderBy,
            int limit,
            int offset) {
        var params = new MapSqlParameterSource("exps", experimentIds)
                .addValue("limit", limit)
                .addValue("offset", offset);
        StringBuilder joins = new StringBuilder();
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < orderBy.size(); i++) {
            orders.add(order(orderBy.get(i), "o" + i, params, joins));
        }
        StringBuilder sql =
                new StringBuilder("select r.* from runs r").append(joins).append(" where r.experiment_id in (:exps)");
        switch (viewType) {
            case "ACTIVE_ONLY" -> sql.append(" and r.lifecycle_stage = 'active'");
            case "DELETED_ONLY" -> sql.append(" and r.lifecycle_stage = 'deleted'");
            case "ALL" -> {}
            default -> throw MlflowException.invalid("Invalid run_view_type '" + viewType + "'");
        }
        for (int i = 0; i < clauses.size(); i++) {
            sql.append(" and ").append(condition(clauses.get(i), "p" + i, params));
        }
        orders.add("r.start_time desc");
        orders.add("r.run_uuid");
        sql.append(" order by ").append(String.join(", ", orders)).append(" limit :limit offset :offset");
        return new RunQuery(sql.toString(), params);
    }

    private static String condition(Clause clause, String name, MapSqlParameterSource params) {
        String op = clause.comparator().toUpperCase(Locale.ROOT);
        params.addValue(name + "k", clause.key());
        params.addValue(name, clause.value());
        return switch (clause.entity()) {
            case METRIC -> {
                if (!(clause.value() instanceof Double) || op.contains("LIKE") || op.contains("IN")) {
                    throw MlflowException.invalid("Invalid clause for metric '" + clause.key()
                            + "': metrics compare with numbers using =, !=, <, <=, >, >=");
                }
                yield "exists (select 1 from latest_metrics x where x.run_uuid = r.run_uuid and x.key = :" + name
                        + "k and x.value " + op + " :" + name + ")";
            }
            case PARAM, TAG -> {
                String table = clause.entity() == SearchFilter.Entity.PARAM ? "params" : "tags";
                yield "exists (select 1 from " + table + " x where x.run_uuid = r.run_uuid and x.key = :" + name
                        + "k and " + stringComparison("x.value", op, name, clause) + ")";
            }
            case ATTRIBUTE -> attribute(clause, op, name);
        };
    }

    private static String attribute(Clause clause, String op, String name) {
        String column = STRING_ATTRIBUTES.get(clause.key());
        if (column != null) {
            return stringComparison("r." + column, op, name, clause);
        }
        column = NUMBER_ATTRIBUTES.get(clause.key());
        if (column != null && clause.value() instanceof Double && !op.contains("LIKE") && !op.contains("IN")) {
            return "r." + column + " " + op + " :" + name;
        }
        throw MlflowException.invalid("Invalid attribute key '" + clause.key() + "' or comparison " + op);
    }

    private static String stringComparison(String column, String op, String name, Clause clause) {
        if (op.endsWith("IN")) {
            return column + (op.startsWith("NOT") ? " not in " : " in ") + "(:" + name + ")";
        }
        if (!(clause.value() instanceof String)) {
            throw MlflowException.invalid("Invalid clause for '" + clause.key() + "': expected a quoted string");
        }
        return switch (op) {
            case "=", "!=", "LIKE", "ILIKE" -> column + " " + op + " :" + name;
            default ->
                throw MlflowException.invalid("Invalid comparator '" + op + "' for '" + clause.key()
                        + "': strings compare with =, !=, LIKE, ILIKE, IN");
        };
    }

    /** An ORDER BY term; metric, param and tag keys are left-joined once so runs without the key sort last. */
    private static String order(String orderBy, String name, MapSqlParameterSource params, StringBuilder joins) {
        Matcher m = ORDER.matcher(orderBy);
        if (!m.matches()) {
            throw MlflowException.invalid("Invalid order_by clause '" + orderBy + "'");
        }
        String entity = m.group(1) == null ? "attributes" : m.group(1).toLowerCase(Locale.ROOT);
        String key = m.group(3);
        String direction = "DESC".equalsIgnoreCase(m.group(4)) ? " desc nulls last" : " asc nulls last";
        params.addValue(name, key);
        String table = switch (entity) {
            case "metric", "metrics" -> "latest_metrics";
            case "param", "params" -> "params";
            case "tag", "tags" -> "tags";
            case "attribute", "attributes", "attr", "run" -> null;
            default -> throw MlflowException.invalid("Invalid order_by entity '" + entity + "'");
        };
        if (table != null) {
            joins.append(" left join ")
                    .append(table)
                    .append(' ')
                    .append(name)
                    .append(" on ")
                    .append(name)
                    .append(".run_uuid = r.run_uuid and ")
                    .append(name)
                    .append(".key = :")
                    .append(name);
            return name + ".value" + direction;
        }
        String column = STRING_ATTRIBUTES.getOrDefault(key, NUMBER_ATTRIBUTES.get(key));
        if (column == null) {
            throw MlflowException.invalid("Invalid order_by attribute '" + key + "'");
        }
        return "r." + column + direction;
    }
}
