package io.loadcast.rag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.rag.experiments.PromptVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveAnswererTest {

    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer();
    private final List<Source> sources = List.of(
            new Source(
                    1,
                    "a",
                    "Holidays",
                    "a#0",
                    "Demand falls on bank holidays as offices close. The weather was mild that year."),
            new Source(2, "b", "Pickups", "b#0", "Kettles switched on at half time raise demand."));

    @Test
    void quotesOnlySentencesThatShareContentWordsWithTheQuestion() {
        Generation generation = answerer.generate("Why does demand fall on bank holidays?", sources, variant(3));

        assertThat(generation.answer()).isEqualTo("Demand falls on bank holidays as offices close. [1]");
        assertThat(generation.citations())
                .containsExactly(
                        new Citation("a", "Holidays", "a#0", "Demand falls on bank holidays as offices close."));
        assertThat(generation.inputTokens()).isZero();
    }

    @Test
    void quotesNoMoreThanTheVariantAllows() {
        Generation generation = answerer.generate("demand", sources, variant(1));

        assertThat(generation.citations()).hasSize(1);
    }

    @Test
    void saysSoWhenNoSentenceIsRelevant() {
        Generation generation = answerer.generate("Who painted the Mona Lisa?", sources, variant(3));

        assertThat(generation.answer()).isEqualTo(ExtractiveAnswerer.NOTHING_FOUND);
        assertThat(generation.citations()).isEmpty();
    }

    private static PromptVariant variant(int maxSentences) {
        return new PromptVariant("v", "v1", 1, maxSentences, "");
    }
}
