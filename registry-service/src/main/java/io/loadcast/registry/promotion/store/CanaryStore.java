package io.loadcast.registry.promotion.store;

import io.loadcast.registry.promotion.CanaryState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Canary settings per model and the live errors reported for each version. */
@Repository
public class CanaryStore {

    private final JdbcTemplate jdbc;

    CanaryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(CanaryState canary) {
        jdbc.update(
                "insert into canaries (model_name, champion_version, canary_version, share, margin_percent,"
                        + " window_size, state) values (?, ?, ?, ?, ?, ?, ?) on conflict (model_name) do update set"
                        + " champion_version = excluded.champion_version, canary_version = excluded.canary_version,"
                        + " share = excluded.share, margin_percent = excluded.margin_percent,"
                        + " window_size = excluded.window_size, state = excluded.state",
                canary.modelName(),
                Integer.parseInt(canary.championVersion()),
                Integer.parseInt(canary.canaryVersion()),
                canary.share(),
                canary.marginPercent(),
                canary.windowSize(),
                canary.state());
    }

    /** The model's canary, locked for update when evaluating rollback so concurrent reports decide once. */
    public Optional<CanaryState> find(String model, boolean lock) {
        return jdbc
                .query(
                        "select * from canaries where model_name = ?" + (lock ? " for update" : ""),
                        (rs, i) -> new CanaryState(
                                rs.getString("model_name"),
                                String.valueOf(rs.getInt("champion_version")),
                                String.valueOf(rs.getInt("canary_version")),
                                rs.getDouble("share"),
                                rs.getDouble("margin_percent"),
                                rs.getInt("window_size"),
                                rs.getString("state"),
                                null,
                                null),
                        model)
                .stream()
                .findFirst();
    }

    public void addError(String model, int version, double error, Instant at) {
        jdbc.update(
                "insert into canary_errors (model_name, version, error, observed_at) values (?, ?, ?, ?)",
                model,
                version,
                error,
                Timestamp.from(at));
    }

    /** Mean of the latest {@code window} errors of a version, when it has at least that many. */
    public Optional<Double> windowMean(String model, int version, int window) {
        return jdbc
                .query(
                        "select avg(error), count(*) from (select error from canary_errors where model_name = ? and"
                                + " version = ? order by id desc limit ?) w",
                        (rs, i) -> rs.getLong(2) >= window ? Optional.of(rs.getDouble(1)) : Optional.<Double>empty(),
                        model,
                        version,
                        window)
                .stream()
                .findFirst()
                .flatMap(mean -> mean);
    }
}
