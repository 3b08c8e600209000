package io.loadcast.guardrail.guard.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.loadcast.guardrail.GuardrailProperties;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * One token bucket per API key name, its state in PostgreSQL (table {@code rate_limit_bucket}, Bucket4j's
 * select-for-update proxy): every replica consumes from the same bucket, so a key's limit holds however many replicas
 * serve it. A bucket left alone until it is full again expires.
 */
@Component
class RateLimitBuckets {

    private final ProxyManager<String> buckets;
    private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();
    private final GuardrailProperties.RateLimit limit;

    RateLimitBuckets(DataSource dataSource, GuardrailProperties properties) {
        this.limit = properties.rateLimit();
        this.buckets = new Bucket4jPostgreSQL.PostgreSQLSelectForUpdateBasedProxyManagerBuilder<>(
                        dataSource, PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** Takes one token from the caller's bucket. */
    ConsumptionProbe consume(String caller) {
        return proxies.computeIfAbsent(caller, this::bucketOf).tryConsumeAndReturnRemaining(1);
    }

    private BucketProxy bucketOf(String caller) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.capacityOf(caller))
                        .refillGreedy(limit.refillOf(caller), Duration.ofSeconds(1)))
                .build();
        return buckets.builder().build(caller, () -> configuration);
    }
}
