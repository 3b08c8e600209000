package io.loadcast.ingest.readings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells whether a batch may skip the staging table: true when no stored reading lies in the time span the batch covers
 * for any of its series. One index probe per series of the batch (a hundred, not thousands of keys), and for live
 * traffic, which arrives after everything stored, it answers true. A stored reading inside a span, even at an instant
 * the batch does not hold, answers false: the batch then takes the general path, which is correct for any batch.
 */
final class NewKeys {

    private static final String ANY_STORED = "select exists (select 1 from unnest(?::int[], ?::bigint[], ?::bigint[])"
            + " as b(series_key, first_us, last_us) where exists (select 1 from readings r"
            + " where r.series_key = b.series_key"
            + " and r.ts >= timestamptz '2000-01-01 00:00:00+00' + b.first_us * interval '1 microsecond'"
            + " and r.ts <= timestamptz '2000-01-01 00:00:00+00' + b.last_us * interval '1 microsecond'))";

    private NewKeys() {}

    static boolean noneStored(Connection connection, List<StagedRow> rows) throws SQLException {
        Map<Integer, long[]> spans = new HashMap<>();
        for (StagedRow row : rows) {
            long micros = BinaryCopy.micros(row.timestamp());
            long[] span = spans.computeIfAbsent(row.seriesKey(), k -> new long[] {micros, micros});
            span[0] = Math.min(span[0], micros);
            span[1] = Math.max(span[1], micros);
        }
        Integer[] keys = new Integer[spans.size()];
        Long[] first = new Long[spans.size()];
        Long[] last = new Long[spans.size()];
        int i = 0;
        for (Map.Entry<Integer, long[]> span : spans.entrySet()) {
            keys[i] = span.getKey();
            first[i] = span.getValue()[0];
            last[i] = span.getValue()[1];
            i++;
        }
        try (PreparedStatement statement = connection.prepareStatement(ANY_STORED)) {
            statement.setArray(1, connection.createArrayOf("int4", keys));
            statement.setArray(2, connection.createArrayOf("int8", first));
            statement.setArray(3, connection.createArrayOf("int8", last));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return !rs.getBoolean(1);
            }
        }
    }
}
