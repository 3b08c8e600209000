package io.loadcast.rag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.rag.experiments.PromptVariant;
import io.loadcast.rag.search.ClasspathOnnxModel;
import io.loadcast.rag.search.Embedder;
import io.loadcast.rag.search.store.EmbeddingCacheFile;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offline answerer on the real bge-small model. */
class ExtractiveAnswererTest {

    private static ExtractiveAnswerer answerer;

    private final List<Source> sources = List.of(
            new Source(
                    1,
                    "a",
                    "Holidays",
                    "a#0",
                    "Demand falls on bank holidays because offices and factories close for the day."
                            + " The weather was mild in the spring of that particular year."
                            + " | Day | Demand | Change |"
                            + " digraph G { holiday -> demand [label=\"falls\"]; }"),
            new Source(
                    2,
                    "b",
                    "Pickups",
                    "b#0",
                    "Kettles switched on at half time of a football match raise demand within minutes."
                            + " Electricity demand drops on public holidays when offices and factories are shut."));

    @BeforeAll
    static void loadModel() throws Exception {
        Embedder embedder = new Embedder(
                new ClasspathOnnxModel("bge-small-en-v1.5-q", 1),
                new EmbeddingCacheFile(Files.createTempFile("answerer", ".bin")),
                "bge-small-en-v1.5-q",
                "Represent this sentence for searching relevant passages: ");
        answerer = new ExtractiveAnswerer(embedder, 0.65, 0.7);
    }

    @Test
    void quotesTheMostRelevantProseSentenceFirstAndCitesIt() {
        Generation generation = answerer.generate("Why does demand fall on bank holidays?", sources, variant(1));

        assertThat(generation.answer())
                .isEqualTo("Demand falls on bank holidays because offices and factories close for the day. [1]");
        assertThat(generation.citations()).extracting(Citation::documentId).containsExactly("a");
        assertThat(generation.inputTokens()).isZero();
    }

    @Test
    void neverQuotesTablesOrGraphSource() {
        Generation generation = answerer.generate("demand table holiday graph", sources, variant(5));

        assertThat(generation.answer()).doesNotContain("|", "digraph", "label=");
    }

    @Test
    void abstainsWhenNoSentenceReachesTheFloor() {
        Generation generation = answerer.generate("Give me a lasagne recipe", sources, variant(3));

        assertThat(generation.answer()).isEqualTo(ExtractiveAnswerer.NOTHING_FOUND);
        assertThat(generation.citations()).isEmpty();
    }

    private static PromptVariant variant(int maxSentences) {
        return new PromptVariant("v", "v1", 1, maxSentences, "");
    }
}
