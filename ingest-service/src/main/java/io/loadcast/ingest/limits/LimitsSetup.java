package io.loadcast.ingest.limits;

import io.loadcast.ingest.IngestProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Registers the limits filter right after the API key filter (which runs at HIGHEST_PRECEDENCE + 10). */
@Configuration(proxyBeanMethods = false)
class LimitsSetup {

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(
            IngestProperties properties, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var registration = new FilterRegistrationBean<>(new RequestLimitsFilter(properties.limits(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
