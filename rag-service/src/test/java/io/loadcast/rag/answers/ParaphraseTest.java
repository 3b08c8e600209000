package io.loadcast.rag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParaphraseTest {

    @Test
    void aRewordingIsAParaphrase() {
        assertThat(Paraphrase.compatible("What is a TV pickup?", "what's a TV pickup"))
                .isTrue();
        assertThat(Paraphrase.compatible("How is accuracy measured?", "How do you measure the accuracy?"))
                .isTrue();
    }

    @Test
    void aReversalAnotherEntityNumberOrDateIsNot() {
        assertThat(Paraphrase.compatible(
                        "Why is demand higher in summer than in winter?",
                        "Why is demand higher in winter than in summer?"))
                .isFalse();
        assertThat(Paraphrase.compatible("Why is demand higher at night?", "Why is demand lower at night?"))
                .isFalse();
        assertThat(Paraphrase.compatible("What is the forecast for GB-ND?", "What is the forecast for GB-TSD?"))
                .isFalse();
        assertThat(Paraphrase.compatible("Demand on 2024-12-25?", "Demand on 2024-12-26?"))
                .isFalse();
        assertThat(Paraphrase.compatible("What happened in Scotland?", "What happened in Wales?"))
                .isFalse();
    }
}
