package io.loadcast.ingest.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.loadcast.ingest.IngestProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Bucket4j token bucket per caller (key name or remote address), refilled greedily per minute. The buckets live
 * in this instance: with N replicas behind a balancer a caller gets up to N times the rate. The map is an LRU of at
 * most {@code max-callers} entries, so a flood of addresses cannot grow it without bound.
 */
final class CallerBuckets {

    private final IngestProperties.Limits limits;
    private final Map<String, Bucket> buckets;

    CallerBuckets(IngestProperties.Limits limits) {
        this.limits = limits;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > limits.maxCallers();
            }
        };
    }

    /** Takes one token; returns 0 when allowed, else the whole seconds to wait (at least 1). */
    long tryTake(String caller, boolean keyed) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(
                    caller, c -> newBucket(keyed ? limits.keyedPerMinute() : limits.keylessPerMinute()));
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, java.time.Duration.ofMinutes(1)))
                .build();
    }
}
