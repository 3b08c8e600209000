package io.loadcast.rag.search;

import io.loadcast.rag.RagProperties;
import io.loadcast.rag.search.store.EmbeddingCacheFile;
import io.loadcast.rag.search.store.LuceneChunkIndex;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** bge-small-en-v1.5 (int8 by default) shipped in a Maven artifact: no download at run time. */
    @Bean
    ClasspathOnnxModel embeddingModel(RagProperties properties) {
        return new ClasspathOnnxModel(
                properties.search().model(), properties.search().onnxThreads());
    }

    @Bean
    EmbeddingCacheFile embeddingCacheFile(RagProperties properties) {
        return new EmbeddingCacheFile(Path.of(properties.embeddingCacheFile()));
    }

    @Bean(destroyMethod = "close")
    LuceneChunkIndex luceneChunkIndex(RagProperties properties) {
        return new LuceneChunkIndex(Path.of(properties.indexDirectory()));
    }

    @Bean
    Embedder embedder(ClasspathOnnxModel model, EmbeddingCacheFile cache, RagProperties properties) {
        return new Embedder(
                model, cache, properties.search().model(), properties.search().queryPrefix());
    }

    @Bean
    SearchService searchService(
            LuceneChunkIndex index,
            Embedder embedder,
            RagProperties properties,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        return new SearchService(
                index, embedder, new HybridSearch(index, embedder, properties.search()), events, meters);
    }

    /** One query embedded and searched before the service reports ready, so the first caller does not pay for it. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> searchWarmUp(SearchService search) {
        return event -> search.warmUp();
    }
}
