package io.loadcast.ingest.connectors;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One scheduled pull per interval across every replica (ShedLock on the service's own database, table
 * {@code shedlock}, the database's clock): the replica that takes the lock pulls and holds it for most of the interval,
 * so the others, whose schedules are offset, skip their turn; a replica that dies mid-pull frees it after the interval.
 */
@Component
public class ConnectorLock {

    /** Share of the interval a pull keeps the lock, so a replica whose timer fires later in it skips its turn. */
    private static final double HELD_SHARE = 0.9;

    private final LockingTaskExecutor executor;

    ConnectorLock(JdbcTemplate jdbc) {
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(jdbc)
                        .usingDbTime()
                        .build()));
    }

    /** Runs the pull when no replica has run it in this interval; null when another one has. */
    public <T> @Nullable T once(String name, Duration interval, Supplier<T> pull) {
        Duration held = Duration.ofMillis((long) (interval.toMillis() * HELD_SHARE));
        LockConfiguration lock = new LockConfiguration(Instant.now(), name, interval, held);
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(pull::get, lock);
            return result.wasExecuted() ? result.getResult() : null;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
