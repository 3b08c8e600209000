package io.loadcast.registry.promotion.store;

import io.loadcast.registry.promotion.PromotionPolicy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Promotion policies and the status of each promotion request. */
@Repository
public class PromotionStore {

    private final JdbcTemplate jdbc;

    PromotionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PromotionPolicy> policy(String model) {
        return jdbc
                .query(
                        "select metric_key, min_improvement_percent, require_approval from promotion_policies"
                                + " where model_name = ?",
                        (rs, i) -> new PromotionPolicy(rs.getString(1), rs.getDouble(2), rs.getBoolean(3)),
                        model)
                .stream()
                .findFirst();
    }

    public void savePolicy(String model, PromotionPolicy policy, String championAlias) {
        jdbc.update(
                "insert into promotion_policies (model_name, metric_key, min_improvement_percent, require_approval,"
                        + " champion_alias) values (?, ?, ?, ?, ?) on conflict (model_name) do update set"
                        + " metric_key = excluded.metric_key, min_improvement_percent ="
                        + " excluded.min_improvement_percent, require_approval = excluded.require_approval",
                model,
                policy.metricKey(),
                policy.minImprovementPercent(),
                policy.requireApproval(),
                championAlias);
    }

    public void saveRequest(
            String model, int version, String status, String reason, @Nullable String decidedBy, Instant at) {
        jdbc.update(
                "insert into promotion_requests (model_name, version, status, reason, decided_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (model_name, version) do update set"
                        + " status = excluded.status, reason = excluded.reason, decided_by = excluded.decided_by",
                model,
                version,
                status,
                reason,
                decidedBy,
                Timestamp.from(at));
    }

    public Optional<String> requestStatus(String model, int version) {
        return jdbc
                .queryForList(
                        "select status from promotion_requests where model_name = ? and version = ?",
                        String.class,
                        model,
                        version)
                .stream()
                .findFirst();
    }
}
