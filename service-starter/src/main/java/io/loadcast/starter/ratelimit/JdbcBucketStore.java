package io.loadcast.starter.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
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
 * the caller (large budgets are synchronised every 0.5 % spent or 250 ms: {@link #optimization}). A row left alone
 * until its bucket is full again expires.
 */
final class JdbcBucketStore {

    /** Budgets (per minute) under this are synchronised on every request batch. */
    static final long EXACT_BELOW = 2_000;

    /** A large budget is synchronised after 1/200 of it is spent locally... */
    static final long SYNC_FRACTION = 200;

    /** ...or after this long, whichever comes first. */
    static final Duration SYNC_EVERY = Duration.ofMillis(250);

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
                buckets.builder().withOptimization(optimization(configuration)).build(key, () -> configuration);
    }

    /**
     * How often a replica synchronises a caller's bucket with the database. A small budget (under {@link
     * #EXACT_BELOW} a minute) is exact: concurrent requests are batched into one round trip, but every batch is one.
     * A large budget (forecasts: 120,000 a minute per key) would put a database round trip on every forecast request
     * batch, so it is spent locally and synchronised once {@link #SYNC_FRACTION} of it (0.5 %) has been spent or
     * {@link #SYNC_EVERY} has passed (Bucket4j's delaying optimisation): the database work no longer grows with the
     * request rate, and the budget across all replicas can be overspent by at most 0.5 % per replica.
     */
    static Optimization optimization(BucketConfiguration configuration) {
        long perMinute = configuration.getBandwidths()[0].getCapacity();
        if (perMinute < EXACT_BELOW) {
            return Optimizations.batching();
        }
        return Optimizations.delaying(new DelayParameters(perMinute / SYNC_FRACTION, SYNC_EVERY));
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
