package io.loadcast.ingest.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loadcast.ingest.IngestIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two replicas (two lock instances on the one PostgreSQL database) run a scheduled pull once per interval. */
@IngestIntegrationTest
class ConnectorLockTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replicasFiringTogetherPullOnce() throws Exception {
        String name = "pull-" + UUID.randomUUID();
        AtomicInteger pulls = new AtomicInteger();
        List<ConnectorLock> replicas = List.of(new ConnectorLock(jdbc), new ConnectorLock(jdbc));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> ticks = replicas.stream()
                    .<Callable<String>>map(
                            r -> () -> r.once(name, Duration.ofHours(1), () -> "pulled " + pulls.incrementAndGet()))
                    .toList();
            List<String> ran = threads.invokeAll(ticks).stream()
                    .map(ConnectorLockTest::get)
                    .filter(s -> s != null)
                    .toList();

            assertThat(ran).containsExactly("pulled 1");
            assertThat(pulls).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void nextIntervalPullsAgainOnAnyReplica() {
        String name = "pull-" + UUID.randomUUID();
        ConnectorLock first = new ConnectorLock(jdbc);
        ConnectorLock second = new ConnectorLock(jdbc);
        Duration interval = Duration.ofSeconds(1);

        assertThat(first.once(name, interval, () -> "first")).isEqualTo("first");
        assertThat(second.once(name, interval, () -> "second"))
                .as("same interval")
                .isNull();
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> second.once(name, interval, () -> "second") != null);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, name))
                .isNotBlank();
    }

    private static String get(Future<String> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
