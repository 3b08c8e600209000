package io.loadcast.rag.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real int8 bge-small model: the single-text path must give what LangChain4j's batch path gives. */
class ClasspathOnnxModelTest {

    private static ClasspathOnnxModel model;

    @BeforeAll
    static void loadModel() {
        model = new ClasspathOnnxModel("bge-small-en-v1.5-q", 1);
    }

    @Test
    void singleTextPathGivesTheBatchPathsVector() {
        List<String> texts = List.of(
                "Represent this sentence for searching relevant passages: why is demand lower on bank holidays?",
                "Wind generation in GB peaked at 21.8 GW; demand was 30,412 MW at 17:30.",
                "héllo — naïve café façade, ünïcödé and emoji-free punctuation!?");
        List<float[]> batch = model
                .embedAll(texts.stream().map(TextSegment::from).toList())
                .content()
                .stream()
                .map(e -> e.vector())
                .toList();
        for (int i = 0; i < texts.size(); i++) {
            float[] single = model.embed(texts.get(i)).content().vector();
            assertThat(dot(single, batch.get(i))).isCloseTo(1.0, within(1e-5));
            assertThat(dot(single, single)).isCloseTo(1.0, within(1e-5));
        }
        assertThat(dot(model.embed(texts.get(0)).content().vector(), batch.get(1)))
                .isLessThan(0.9);
    }

    @Test
    void aTextLongerThanTheModelWindowGoesThroughTheBatchPath() {
        String longText = "Demand response shifts load away from the evening peak. ".repeat(80);

        float[] single = model.embed(longText).content().vector();
        float[] batch = model.embedAll(List.of(TextSegment.from(longText)))
                .content()
                .get(0)
                .vector();

        assertThat(model.countTokens(longText)).isGreaterThan(512);
        assertThat(dot(single, batch)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void countsWordPiecesWithoutSpecialTokens() {
        assertThat(model.countTokens("demand")).isEqualTo(1);
        assertThat(model.countTokens("Demand peaks at teatime.")).isGreaterThanOrEqualTo(5);
        assertThat(model.countTokens("")).isZero();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
