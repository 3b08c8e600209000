package io.loadcast.starter.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The token bucket of each caller of each group, refilled greedily over a minute. Where the state lives is the
 * {@code factory}'s business ({@link JdbcBucketStore}: PostgreSQL, shared by replicas); this class only keeps a
 * bounded LRU of bucket handles, so a flood of addresses cannot grow memory without bound.
 */
final class CallerBuckets {

    private final Map<String, Bucket> handles;
    private final BucketFactory factory;

    /** Makes the bucket of one key with its configuration. */
    @FunctionalInterface
    interface BucketFactory {
        Bucket bucket(String key, BucketConfiguration configuration);
    }

    CallerBuckets(int maxCallers, BucketFactory factory) {
        this.factory = factory;
        this.handles = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxCallers;
            }
        };
    }

    /** A bucket kept in this process only (no replica shares it). */
    static BucketFactory local() {
        return (key, configuration) ->
                Bucket.builder().addLimit(configuration.getBandwidths()[0]).build();
    }

    /** The bucket of {@code caller} in {@code group}. */
    Bucket of(RateLimitProperties.Group group, String caller, boolean keyed) {
        String key = group.name() + "|" + caller;
        Function<String, Bucket> make = k -> factory.bucket(k, configuration(group.perMinute(keyed)));
        synchronized (handles) {
            return handles.computeIfAbsent(key, make);
        }
    }

    static BucketConfiguration configuration(long perMinute) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
