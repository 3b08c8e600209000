package io.loadcast.rag.experiments;

import io.loadcast.rag.RagProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExperimentsConfiguration {

    @Bean
    PromptVariants promptVariants(RagProperties properties, ExperimentLog log) {
        return new PromptVariants(properties.experiment(), log);
    }

    @Bean
    Feedback feedback(ExperimentLog log, PromptVariants variants, MeterRegistry meters) {
        return new Feedback(log, variants, meters);
    }
}
