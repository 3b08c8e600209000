package io.loadcast.guardrail.guard.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class GuardWebConfig implements WebMvcConfigurer {

    private final GuardAccessInterceptor access;

    GuardWebConfig(GuardAccessInterceptor access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access).addPathPatterns("/api/v1/guard/**", "/api/v1/pii/**");
    }
}
