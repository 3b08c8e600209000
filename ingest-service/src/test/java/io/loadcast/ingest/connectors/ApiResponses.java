package io.loadcast.ingest.connectors;

import io.loadcast.ingest.imports.domain.SettlementDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Bodies in the documented shapes of the CKAN datastore_search and Open-Meteo forecast answers. */
final class ApiResponses {

    static final String RESOURCE = "177f6fa4-ae49-4182-81ea-0c6b35f26ca6";
    private static final String FIELDS = "[{\"id\":\"_id\",\"type\":\"int\"},{\"id\":\"SETTLEMENT_DATE\",\"type\":"
            + "\"timestamp\"},{\"id\":\"SETTLEMENT_PERIOD\",\"type\":\"int\"},{\"id\":\"ND\",\"type\":\"int\"},"
            + "{\"id\":\"TSD\",\"type\":\"int\"},{\"id\":\"EMBEDDED_WIND_GENERATION\",\"type\":\"numeric\"},"
            + "{\"id\":\"NEMO_FLOW\",\"type\":\"int\"},{\"id\":\"FORECAST_ACTUAL_INDICATOR\",\"type\":\"text\"}]";

    private ApiResponses() {}

    /** Demand records of the days, newest first (the order asked for with sort=... desc), as CKAN serves them. */
    static List<String> nesoRecords(LocalDate first, LocalDate last) {
        List<String> records = new ArrayList<>();
        int id = 1;
        for (LocalDate day = last; !day.isBefore(first); day = day.minusDays(1)) {
            int periods = SettlementDay.of(day, SettlementDay.GB).periods();
            for (int p = periods; p >= 1; p--) {
                records.add(
                        "{\"_id\":" + id++ + ",\"SETTLEMENT_DATE\":\"" + day + "T00:00:00\",\"SETTLEMENT_PERIOD\":" + p
                                + ",\"ND\":" + (20_000 + 10 * p) + ",\"TSD\":" + (21_000 + 10 * p)
                                + ",\"EMBEDDED_WIND_GENERATION\":1500.5,\"NEMO_FLOW\":-500,\"FORECAST_ACTUAL_INDICATOR\":\"A\"}");
            }
        }
        return records;
    }

    /** A datastore_search route over the records, paged by offset and limit, with CKAN's _links.next. */
    static Function<Map<String, String>, PublicApiServer.Answer> datastoreSearch(List<String> records) {
        return query -> {
            int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
            int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
            List<String> page =
                    records.subList(Math.min(offset, records.size()), Math.min(offset + limit, records.size()));
            String next = "/api/3/action/datastore_search?offset=" + (offset + limit) + "&resource_id=" + RESOURCE
                    + "&limit=" + limit + "&sort=SETTLEMENT_DATE+desc%2CSETTLEMENT_PERIOD+desc";
            return new PublicApiServer.Answer(
                    200,
                    "{\"help\":\"https://api.neso.energy/api/3/action/help_show?name=datastore_search\","
                            + "\"success\":true,\"result\":{\"include_total\":true,\"limit\":" + limit
                            + ",\"records_format\":\"objects\",\"resource_id\":\"" + RESOURCE + "\",\"fields\":"
                            + FIELDS
                            + ",\"records\":[" + String.join(",", page) + "],\"_links\":{\"start\":"
                            + "\"/api/3/action/datastore_search?resource_id=" + RESOURCE + "\",\"next\":\"" + next
                            + "\"},\"total\":" + records.size() + ",\"total_was_estimated\":false}}");
        };
    }

    /** An Open-Meteo forecast answer: hourly times from {@code start}, one value per hour (null = missing). */
    static String openMeteo(Instant start, List<Double> celsius, String unit) {
        StringBuilder times = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < celsius.size(); i++) {
            String sep = i == 0 ? "" : ",";
            times.append(sep)
                    .append('"')
                    .append(LocalDateTime.ofInstant(start.plusSeconds(3600L * i), ZoneOffset.UTC))
                    .append('"');
            values.append(sep).append(celsius.get(i));
        }
        return "{\"latitude\":51.5,\"longitude\":-0.120000124,\"generationtime_ms\":0.0338554,\"utc_offset_seconds\":0,"
                + "\"timezone\":\"GMT\",\"timezone_abbreviation\":\"GMT\",\"elevation\":23.0,\"hourly_units\":"
                + "{\"time\":\"iso8601\",\"temperature_2m\":\"" + unit + "\"},\"hourly\":{\"time\":[" + times
                + "],\"temperature_2m\":[" + values + "]}}";
    }
}
