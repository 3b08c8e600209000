package io.loadcast.guardrail.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The real bge-small model, run by the single-threaded session, with and without the cache. */
class TextEmbedderTest {

    @Test
    void servesARepeatedTextFromTheCacheWithTheSameVector() {
        TextEmbedder cached = new TextEmbedder(100);
        TextEmbedder uncached = new TextEmbedder();
        String text = "How much wind power did Great Britain generate last winter?";

        float[] first = cached.embed(text);
        float[] second = cached.embed(text);

        assertThat(cached.cacheMisses()).isEqualTo(1);
        assertThat(cached.cacheHits()).isEqualTo(1);
        assertThat(second).isSameAs(first);
        assertThat(first).containsExactly(uncached.embed(text), org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(uncached.cacheHits()).isZero();
    }

    @Test
    void embedsToUnitLengthWithRelatedTextsCloserThanUnrelatedOnes() {
        TextEmbedder embedder = new TextEmbedder();

        float[] demand = embedder.embed("Electricity demand peaks on cold winter evenings.");
        float[] load = embedder.embed("Power consumption is highest on chilly nights in winter.");
        float[] recipe = embedder.embed("Whisk the eggs with sugar until the batter is fluffy.");

        assertThat(TextEmbedder.cosine(demand, demand)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(demand).hasSize(TextEmbedder.DIMENSIONS);
        assertThat(TextEmbedder.cosine(demand, load)).isGreaterThan(TextEmbedder.cosine(demand, recipe) + 0.1);
    }
}
