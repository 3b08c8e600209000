package io.loadcast.forecast.drift.store;

import io.loadcast.forecast.drift.ReferenceStore;
import io.loadcast.forecast.drift.ResidualReference;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Residual references in table {@code drift_residual_references}, one row per model version and series. */
@Repository
class JdbcReferenceStore implements ReferenceStore {

    private final JdbcTemplate jdbc;

    JdbcReferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(ResidualReference reference) {
        double[] residuals = reference.residuals();
        Double[] boxed = new Double[residuals.length];
        for (int i = 0; i < residuals.length; i++) {
            boxed[i] = residuals[i];
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into drift_residual_references"
                    + " (model_name, series_id, model_version, lead, residuals, recorded_at) values (?, ?, ?, ?, ?, ?)"
                    + " on conflict (model_name, series_id, model_version) do update set lead = excluded.lead,"
                    + " residuals = excluded.residuals, recorded_at = excluded.recorded_at");
            ps.setString(1, reference.modelName());
            ps.setString(2, reference.seriesId());
            ps.setString(3, reference.modelVersion());
            ps.setInt(4, reference.lead());
            ps.setArray(5, con.createArrayOf("float8", boxed));
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            return ps;
        });
    }

    @Override
    public Optional<ResidualReference> find(String modelName, String modelVersion, String seriesId) {
        return jdbc
                .query(
                        "select lead, residuals from drift_residual_references"
                                + " where model_name = ? and model_version = ? and series_id = ?",
                        (rs, i) -> {
                            Array array = rs.getArray("residuals");
                            Double[] boxed = (Double[]) array.getArray();
                            double[] values = new double[boxed.length];
                            for (int j = 0; j < boxed.length; j++) {
                                values[j] = boxed[j];
                            }
                            return new ResidualReference(modelName, modelVersion, seriesId, rs.getInt("lead"), values);
                        },
                        modelName,
                        modelVersion,
                        seriesId)
                .stream()
                .findFirst();
    }
}
