package io.loadcast.rag.search;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import io.loadcast.rag.RagSpringTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Lucene index through LangChain4j's EmbeddingStore interface, with real bge-small embeddings. */
@RagSpringTest
class LuceneEmbeddingStoreTest {

    @Autowired
    LuceneEmbeddingStore store;

    @Autowired
    EmbeddingModel model;

    @Test
    void findsTheNearestSegmentWithItsMetadataAndHonoursFiltersAndRemoval() {
        TextSegment nuclear = TextSegment.from(
                "Nuclear plants run at steady output around the clock.",
                Metadata.from(Map.of("documentId", "store-nuclear", "title", "Nuclear", "kind", "baseload")));
        TextSegment peakers = TextSegment.from(
                "Gas peaking plants start within minutes when demand spikes.",
                Metadata.from(Map.of("documentId", "store-peakers", "title", "Peakers", "kind", "flexible")));
        store.addAll(
                List.of("store-nuclear#0", "store-peakers#0"),
                List.of(model.embed(nuclear).content(), model.embed(peakers).content()),
                List.of(nuclear, peakers));

        List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
                        .queryEmbedding(model.embed("which plants respond quickly to a demand spike?")
                                .content())
                        .maxResults(1)
                        .filter(metadataKey("kind").isEqualTo("flexible"))
                        .build())
                .matches();

        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).embeddingId()).isEqualTo("store-peakers#0");
        assertThat(matches.get(0).embedded().metadata().getString("title")).isEqualTo("Peakers");
        assertThat(matches.get(0).score()).isBetween(0.5, 1.0);

        store.removeAll(List.of("store-peakers#0"));
        assertThat(store.search(EmbeddingSearchRequest.builder()
                                .queryEmbedding(
                                        model.embed("gas peaking plants").content())
                                .maxResults(5)
                                .filter(metadataKey("kind").isEqualTo("flexible"))
                                .build())
                        .matches())
                .isEmpty();
    }
}
