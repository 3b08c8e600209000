package io.loadcast.starter;

import io.loadcast.starter.openapi.ApiKeyOpenApi;
import io.loadcast.starter.problem.ProblemHandler;
import io.loadcast.starter.security.ApiKeyFilter;
import io.loadcast.starter.security.ApiKeyProperties;
import io.loadcast.starter.security.ApiKeyRegistry;
import io.loadcast.starter.web.CorsProperties;
import io.loadcast.starter.web.DashboardCors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Wires the shared web behaviour into every loadcast service. Runs before Spring MVC's auto-configuration so that
 * {@link ProblemHandler} is the one {@code ResponseEntityExceptionHandler}, even with
 * {@code spring.mvc.problemdetails.enabled=true}.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@EnableConfigurationProperties({ApiKeyProperties.class, CorsProperties.class})
@Import({ProblemHandler.class, ApiKeyOpenApi.class})
public class LoadcastServiceAutoConfiguration {

    @Bean
    ApiKeyRegistry apiKeyRegistry(ApiKeyProperties properties) {
        return ApiKeyRegistry.from(properties);
    }

    @Bean
    DashboardCors dashboardCors(CorsProperties properties) {
        return new DashboardCors(properties);
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(
            ApiKeyRegistry registry,
            ApiKeyProperties properties,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problemRenderer) {
        var registration =
                new FilterRegistrationBean<>(new ApiKeyFilter(registry, properties.openPaths(), problemRenderer));
        // after Spring's observation filter, so rejected writes still show up in http.server.requests
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
