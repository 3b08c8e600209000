package io.loadcast.forecast.drift.store;

import io.loadcast.forecast.drift.ReferenceStore;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Drift references in table {@code drift_references}, one row per series (the latest training wins). */
@Repository
class JdbcReferenceStore implements ReferenceStore {

    private final JdbcTemplate jdbc;

    JdbcReferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(String seriesId, double[] reference, String source) {
        Double[] boxed = new Double[reference.length];
        for (int i = 0; i < reference.length; i++) {
            boxed[i] = reference[i];
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into drift_references (series_id, reference, source, recorded_at)"
                    + " values (?, ?, ?, ?) on conflict (series_id) do update set reference = excluded.reference,"
                    + " source = excluded.source, recorded_at = excluded.recorded_at");
            ps.setString(1, seriesId);
            ps.setArray(2, con.createArrayOf("float8", boxed));
            ps.setString(3, source);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            return ps;
        });
    }

    @Override
    public Optional<double[]> find(String seriesId) {
        return jdbc
                .query(
                        "select reference from drift_references where series_id = ?",
                        (rs, i) -> {
                            Array array = rs.getArray("reference");
                            Double[] boxed = (Double[]) array.getArray();
                            double[] values = new double[boxed.length];
                            for (int j = 0; j < boxed.length; j++) {
                                values[j] = boxed[j];
                            }
                            return values;
                        },
                        seriesId)
                .stream()
                .findFirst();
    }
}
