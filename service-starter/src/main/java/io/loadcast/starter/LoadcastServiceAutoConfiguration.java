package io.loadcast.starter;

import io.loadcast.starter.openapi.ApiKeyOpenApi;
import io.loadcast.starter.problem.ProblemErrorReportValve;
import io.loadcast.starter.problem.ProblemHandler;
import io.loadcast.starter.security.ApiKeyFilter;
import io.loadcast.starter.security.ApiKeyProperties;
import io.loadcast.starter.security.ApiKeyRegistry;
import io.loadcast.starter.web.CorsProperties;
import io.loadcast.starter.web.DashboardCors;
import io.loadcast.starter.web.RequestLimitProperties;
import io.loadcast.starter.web.RequestSizeFilter;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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
@EnableConfigurationProperties({ApiKeyProperties.class, CorsProperties.class, RequestLimitProperties.class})
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

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(
            RequestLimitProperties limits,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problemRenderer) {
        var registration = new FilterRegistrationBean<>(new RequestSizeFilter(limits, problemRenderer));
        // before the key filter and the form filter, so that no body over the limit is read
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Tomcat answers some malformed requests itself (an encoded slash): as RFC 9457 problems, not HTML. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
