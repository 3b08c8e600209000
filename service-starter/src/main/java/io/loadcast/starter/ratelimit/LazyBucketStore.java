package io.loadcast.starter.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bucket store, chosen and set up once the application's beans exist rather than when the filter is made (filters
 * are made while the web server starts, before a test's database settings, say, are final): buckets in the service's
 * PostgreSQL ({@link JdbcBucketStore}) when it has a {@link DataSource}, else in the process. A set-up that fails (the
 * database not up yet) is tried again on the next request.
 */
final class LazyBucketStore implements CallerBuckets.BucketFactory {

    private static final Logger log = LoggerFactory.getLogger(LazyBucketStore.class);

    private final Supplier<@Nullable DataSource> dataSource;
    private final String table;
    private volatile CallerBuckets.@Nullable BucketFactory store;

    LazyBucketStore(Supplier<@Nullable DataSource> dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
    }

    /** Sets the store up now; on failure only logs, the first request tries again. */
    void initialize() {
        try {
            store();
        } catch (RuntimeException e) {
            log.warn("rate-limit store not set up yet: {}", e.toString());
        }
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return store().bucket(key, configuration);
    }

    private synchronized CallerBuckets.BucketFactory store() {
        CallerBuckets.BucketFactory made = store;
        if (made == null) {
            DataSource database = dataSource.get();
            if (database == null) {
                log.warn("no DataSource: rate-limit buckets are kept per instance, not shared by replicas");
                made = CallerBuckets.local();
            } else {
                made = JdbcBucketStore.create(database, table);
            }
            store = made;
        }
        return made;
    }
}
