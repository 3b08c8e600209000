package io.loadcast.starter.ratelimit;

import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The rate-limit filter, when {@code loadcast.rate-limit.enabled}: buckets in the service's PostgreSQL database when
 * it has a {@link DataSource} (shared by its replicas), else in the process.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(RateLimitProperties.class)
@ConditionalOnBooleanProperty("loadcast.rate-limit.enabled")
public class RateLimitAutoConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(
            RateLimitProperties properties,
            ObjectProvider<DataSource> dataSource,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problemRenderer) {
        DataSource database = dataSource.getIfUnique();
        CallerBuckets.BucketFactory store;
        if (database != null) {
            store = JdbcBucketStore.create(database, properties.table());
        } else {
            LoggerFactory.getLogger(RateLimitAutoConfiguration.class)
                    .warn("no DataSource: rate-limit buckets are kept per instance, not shared by replicas");
            store = CallerBuckets.local();
        }
        var filter =
                new RateLimitFilter(properties, new CallerBuckets(properties.maxCallers(), store), problemRenderer);
        var registration = new FilterRegistrationBean<>(filter);
        // after the API key filter (HIGHEST_PRECEDENCE + 10), which tells who the caller is
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}
