package io.loadcast.starter.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Buckets whose state is a row of a PostgreSQL table (Bucket4j's select-for-update proxy manager): every replica
 * consuming from a caller's bucket locks and updates the same row, so the budget holds however many replicas serve
 * the caller. Concurrent requests of one caller in one instance are batched into one round trip. A row left alone
 * until its bucket is full again expires.
 */
final class JdbcBucketStore {

    private JdbcBucketStore() {}

    /** Creates the table when absent and returns the factory of buckets kept in it. */
    static CallerBuckets.BucketFactory create(DataSource dataSource, String table) {
        createTable(dataSource, table);
        ProxyManager<String> buckets = new Bucket4jPostgreSQL.PostgreSQLSelectForUpdateBasedProxyManagerBuilder<>(
                        dataSource, PrimaryKeyMapper.STRING)
                .table(table)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        return (key, configuration) ->
                buckets.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration);
    }

    /**
     * The table is the starter's, not a service's schema, so it is created here rather than by each service's
     * Flyway migrations (whose version numbers the services own).
     */
    private static void createTable(DataSource dataSource, String table) {
        // the name is validated by RateLimitProperties ([a-z_][a-z0-9_]*), so it cannot inject SQL
        String ddl = "create table if not exists " + table
                + " (id varchar(512) primary key, state bytea, expires_at bigint)";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the rate-limit table " + table, e);
        }
    }
}
