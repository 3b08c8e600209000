package io.loadcast.guardrail.embedding;

import io.loadcast.guardrail.GuardrailProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's embedder: cached, warmed up before the first request, with its cache counted. */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfig {

    @Bean
    TextEmbedder textEmbedder(GuardrailProperties properties, MeterRegistry registry) {
        TextEmbedder embedder = new TextEmbedder(properties.embedding().cacheSize());
        embedder.warmUp();
        FunctionCounter.builder("loadcast.guardrail.embedding.cache", embedder, TextEmbedder::cacheHits)
                .description("Embedding lookups by cache result")
                .tag("result", "hit")
                .register(registry);
        FunctionCounter.builder("loadcast.guardrail.embedding.cache", embedder, TextEmbedder::cacheMisses)
                .description("Embedding lookups by cache result")
                .tag("result", "miss")
                .register(registry);
        return embedder;
    }
}
