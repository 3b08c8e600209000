package io.loadcast.rag.experiments;

import io.loadcast.rag.RagProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExperimentsConfiguration {

    @Bean
    PromptVariants promptVariants(RagProperties properties) {
        return new PromptVariants(properties.experiment());
    }

    @Bean
    ExperimentLog experimentLog() {
        return new ExperimentLog(100_000);
    }
}
