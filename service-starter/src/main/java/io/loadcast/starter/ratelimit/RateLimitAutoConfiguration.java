package io.loadcast.starter.ratelimit;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
    LazyBucketStore rateLimitBucketStore(RateLimitProperties properties, ObjectProvider<DataSource> dataSource) {
        return new LazyBucketStore(dataSource::getIfUnique, properties.table());
    }

    /** Creates the table once every bean exists (the data source included), not on the first request. */
    @Bean
    SmartInitializingSingleton rateLimitStoreInitializer(LazyBucketStore store) {
        return store::initialize;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(
            RateLimitProperties properties,
            LazyBucketStore store,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problemRenderer) {
        var filter =
                new RateLimitFilter(properties, new CallerBuckets(properties.maxCallers(), store), problemRenderer);
        var registration = new FilterRegistrationBean<>(filter);
        // after the API key filter (HIGHEST_PRECEDENCE + 10), which tells who the caller is
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }
}
