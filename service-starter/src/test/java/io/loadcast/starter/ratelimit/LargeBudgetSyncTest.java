package io.loadcast.starter.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A large budget is spent locally and synchronised with the database every 0.5 % (the delaying optimisation that
 * keeps a round trip off every forecast request), yet two replicas on one real PostgreSQL still spend one budget:
 * together they grant it once, overspent by at most 0.5 % per replica.
 */
class LargeBudgetSyncTest {

    private static final long BUDGET = 4_000;
    private static final long PER_REPLICA_SLACK = BUDGET / JdbcBucketStore.SYNC_FRACTION;

    @Test
    void twoReplicasSpendOneLargeBudgetWithinTheSyncSlack() {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(EmbeddedPostgresDatabase.jdbcUrl("ratelimit_large"));
        database.setUser("postgres");
        database.setPassword("postgres");
        BucketConfiguration configuration = CallerBuckets.configuration(BUDGET);
        Bucket first = JdbcBucketStore.create(database, "rate_large").bucket("forecasts|ci", configuration);
        Bucket second = JdbcBucketStore.create(database, "rate_large").bucket("forecasts|ci", configuration);

        long started = System.nanoTime();
        long grantedByFirst = consume(first, 3_000);
        long grantedBySecond = consume(second, 3_000);
        long moreByFirst = consume(first, 1_000);

        assertThat(grantedByFirst).isEqualTo(3_000);
        long total = grantedByFirst + grantedBySecond + moreByFirst;
        // the bucket refills greedily (4,000 a minute) while the test runs; the sync slack bounds the rest
        long refilled = (System.nanoTime() - started) * BUDGET / 60_000_000_000L + 1;
        assertThat(total).isBetween(BUDGET - 2 * PER_REPLICA_SLACK, BUDGET + refilled + 2 * PER_REPLICA_SLACK);
        assertThat(grantedBySecond).isLessThan(1_000 + refilled + 2 * PER_REPLICA_SLACK);
    }

    @Test
    void smallBudgetsStayExact() {
        assertThat(JdbcBucketStore.optimization(CallerBuckets.configuration(600)))
                .isNotEqualTo(JdbcBucketStore.optimization(CallerBuckets.configuration(120_000)));
    }

    private static long consume(Bucket bucket, int attempts) {
        long granted = 0;
        for (int i = 0; i < attempts; i++) {
            if (bucket.tryConsume(1)) {
                granted++;
            }
        }
        return granted;
    }
}
