package io.loadcast.forecast.drift.store;

import io.loadcast.forecast.drift.RetrainCooldown;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cooldown in table {@code drift_retrains}, claimed by one statement (so two replicas racing for the same series
 * get one claim), and the training queue ({@code training_runs}) as the source of truth for retrains in flight.
 */
@Repository
class JdbcRetrainCooldown implements RetrainCooldown {

    private static final String CLAIM = "insert into drift_retrains as d (series_id, requested_at, request_id)"
            + " select ?, ?, ? where not exists (select 1 from training_runs"
            + "   where status in ('QUEUED', 'RUNNING') and series_ids @> array[?]::text[])"
            + " on conflict (series_id) do update set requested_at = excluded.requested_at,"
            + " request_id = excluded.request_id where d.requested_at <= ?";

    private final JdbcTemplate jdbc;

    JdbcRetrainCooldown(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String seriesId, Instant now, Duration cooldown, UUID requestId) {
        return jdbc.update(
                        CLAIM, seriesId, Timestamp.from(now), requestId, seriesId, Timestamp.from(now.minus(cooldown)))
                == 1;
    }
}
