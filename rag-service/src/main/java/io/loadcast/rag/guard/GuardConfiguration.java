package io.loadcast.rag.guard;

import io.loadcast.rag.RagProperties;
import io.loadcast.rag.http.ResilientHttp;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    @Bean
    GuardClient guardClient(RagProperties properties) {
        return new GuardClient(new ResilientHttp(
                "guardrail-service",
                properties.guardrailUrl(),
                properties.guardrailApiKey(),
                properties.guardTimeout(),
                properties.maxRetries()));
    }

    @Bean
    PassageScreen passageScreen(GuardClient guard, MeterRegistry meters) {
        return new PassageScreen(guard, meters);
    }
}
