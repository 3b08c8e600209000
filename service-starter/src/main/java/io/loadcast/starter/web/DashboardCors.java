package io.loadcast.starter.web;

import io.loadcast.starter.security.ApiKeyFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets dashboards in a browser call the public REST APIs, sending the API key header on writes. */
public class DashboardCors implements WebMvcConfigurer {

    private final CorsProperties properties;

    public DashboardCors(CorsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .allowedHeaders(ApiKeyFilter.HEADER, "Content-Type", "Authorization")
                .exposedHeaders("Location");
    }
}
