package io.loadcast.ingest.connectors.domain;

import io.loadcast.ingest.imports.domain.NesoColumns;
import io.loadcast.ingest.imports.domain.SettlementDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One page of a CKAN {@code datastore_search} answer: {@code {"success":true,"result":{"records":[...],"fields":[{"id",
 * "type"}],"total":N,"_links":{"next":...}}}} (CKAN DataStore API documentation). Each record is a settlement period
 * of a NESO demand resource, keyed by {@code SETTLEMENT_DATE} (ISO date, possibly with a midnight time part) and
 * {@code SETTLEMENT_PERIOD}.
 *
 * @param records the records, in the order served
 * @param numericColumns columns the {@code fields} list types as numbers (the readings), upper case
 * @param next the {@code _links.next} path, when the server gave one
 */
public record CkanPage(
        List<JsonNode> records,
        Set<String> numericColumns,
        @Nullable String next) {

    private static final Set<String> NUMERIC_TYPES =
            Set.of("int", "int4", "int8", "integer", "bigint", "numeric", "float", "float8", "double precision");

    /** @throws MalformedResponseException when the body is not a successful datastore_search answer */
    public static CkanPage of(JsonNode body) {
        if (!body.path("success").isBoolean() || !body.path("success").asBoolean()) {
            throw new MalformedResponseException("'success' is not true");
        }
        JsonNode result = body.path("result");
        JsonNode records = result.path("records");
        if (!records.isArray()) {
            throw new MalformedResponseException("'result.records' is not an array");
        }
        List<JsonNode> list = new ArrayList<>(records.size());
        for (JsonNode record : records) {
            if (!record.isObject()) {
                throw new MalformedResponseException("a record is not an object: " + record);
            }
            list.add(record);
        }
        Set<String> numeric = new LinkedHashSet<>();
        for (JsonNode field : result.path("fields")) {
            String id = field.path("id").asString("").toUpperCase(Locale.ROOT);
            String type = field.path("type").asString("").toLowerCase(Locale.ROOT);
            if (NUMERIC_TYPES.contains(type) && !id.startsWith("_") && !id.equals(NesoColumns.PERIOD)) {
                numeric.add(id);
            }
        }
        JsonNode next = result.path("_links").path("next");
        return new CkanPage(list, numeric, next.isString() ? next.asString() : null);
    }

    /** The start of a record's settlement period. @throws MalformedResponseException without a readable date/period */
    public static Instant periodStart(JsonNode record) {
        JsonNode date = field(record, NesoColumns.DATE);
        JsonNode period = field(record, NesoColumns.PERIOD);
        if (!date.isString() || date.asString().length() < 10 || !period.canConvertToInt()) {
            throw new MalformedResponseException("a record lacks a settlement date or period: " + record);
        }
        try {
            SettlementDay day = SettlementDay.of(LocalDate.parse(date.asString().substring(0, 10)), SettlementDay.GB);
            int p = period.asInt();
            if (p < 1 || p > day.periods()) {
                throw new MalformedResponseException("settlement period " + p + " outside its day: " + record);
            }
            return day.periodStart(p);
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException("unreadable settlement date: " + record);
        }
    }

    /** A field by name, case-insensitively (the portal has served both cases over the years). */
    static JsonNode field(JsonNode record, String name) {
        JsonNode exact = record.path(name);
        if (!exact.isMissingNode()) {
            return exact;
        }
        for (var entry : record.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return exact;
    }

    /**
     * Writes records as a NESO CSV (date, period and the numeric columns), so they are read by the same reader, with
     * the same checks, as an uploaded file. A null value becomes an empty field, which rejects its row.
     */
    public static String toCsv(List<JsonNode> records, Set<String> numericColumns) {
        StringBuilder csv = new StringBuilder(records.size() * 128);
        csv.append(NesoColumns.DATE).append(',').append(NesoColumns.PERIOD);
        numericColumns.forEach(column -> csv.append(',').append(column));
        csv.append('\n');
        for (JsonNode record : records) {
            csv.append(field(record, NesoColumns.DATE).asString().substring(0, 10))
                    .append(',')
                    .append(field(record, NesoColumns.PERIOD).asInt());
            for (String column : numericColumns) {
                JsonNode value = field(record, column);
                csv.append(',');
                if (value.isNumber()) {
                    csv.append(value.asString());
                } else if (value.isString()) {
                    csv.append('"')
                            .append(value.asString().replace("\"", "\"\""))
                            .append('"');
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
