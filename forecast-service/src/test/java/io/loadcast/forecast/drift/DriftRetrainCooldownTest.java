package io.loadcast.forecast.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.DriftDetected;
import io.loadcast.contracts.DriftStatistic;
import io.loadcast.contracts.RetrainRequested;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drift-triggered retrains are rate-limited per series across replicas: each policy below is one replica's fresh
 * in-memory state (as after a partition rebalance) over the same PostgreSQL.
 */
class DriftRetrainCooldownTest extends RunningServiceTest {

    @Autowired
    RetrainCooldown cooldown;

    @Autowired
    ForecastProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T00:00:00Z"));

    @Test
    void aRebalancedReplicaDoesNotRetrainASeriesWithinTheCooldown() {
        String series = "COOL-" + UUID.randomUUID();
        Sink before = new Sink();
        Sink after = new Sink();

        replica(before).act(series, drifted(series));
        replica(before).act(series, drifted(series));
        // the partition moves to another replica, whose watch of the series starts empty
        replica(after).act(series, drifted(series));

        assertThat(before.retrains).hasSize(1);
        assertThat(after.retrains).isEmpty();
        clock.advance(properties.drift().retrainCooldown().plusSeconds(1));
        replica(after).act(series, drifted(series));
        assertThat(after.retrains).hasSize(1);
    }

    @Test
    void noDriftRetrainWhileARunOfTheSeriesIsQueuedOrRunning() {
        String series = "QUEUED-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString();
        jdbc.update(
                "insert into training_runs (id, status, family, series_ids, model_name, requested_by, created_at)"
                        + " values (?, 'QUEUED', 'linear', array[?], 'forecast-x', 'ci', ?)",
                run,
                series,
                Timestamp.from(clock.instant()));
        Sink sink = new Sink();

        replica(sink).act(series, drifted(series));
        jdbc.update("update training_runs set status = 'RUNNING' where id = ?", run);
        replica(sink).act(series, drifted(series));
        assertThat(sink.retrains).isEmpty();

        jdbc.update("update training_runs set status = 'SUCCEEDED' where id = ?", run);
        replica(sink).act(series, drifted(series));
        assertThat(sink.retrains).hasSize(1);
    }

    @Test
    void twoReplicasRacingForTheSameSeriesRequestOneRetrain() throws Exception {
        String series = "RACE-" + UUID.randomUUID();
        Sink sink = new Sink();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 8; i++) {
            DriftPolicy replica = replica(sink);
            pool.submit(() -> {
                go.await();
                replica.act(series, drifted(series));
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(sink.retrains).hasSize(1);
        assertThat(sink.drifts).hasSize(8);
    }

    private DriftPolicy replica(Sink sink) {
        return new DriftPolicy(properties.drift(), sink, new SimpleMeterRegistry(), clock, cooldown);
    }

    private DriftReport drifted(String series) {
        Instant start = clock.instant().minus(Duration.ofDays(7));
        return new DriftReport(
                series,
                "forecast-x",
                "1",
                "none",
                0,
                336,
                start,
                clock.instant(),
                336,
                336,
                List.of(new DriftReport.Score(DriftReport.Feature.RESIDUAL, DriftStatistic.KS, 0.9, 0.3, true, start)),
                100.0,
                336);
    }

    static final class Sink implements DriftSink {
        final List<DriftDetected> drifts = new CopyOnWriteArrayList<>();
        final List<RetrainRequested> retrains = new CopyOnWriteArrayList<>();

        @Override
        public void drift(DriftDetected event) {
            drifts.add(event);
        }

        @Override
        public void retrain(RetrainRequested request) {
            retrains.add(request);
        }
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
