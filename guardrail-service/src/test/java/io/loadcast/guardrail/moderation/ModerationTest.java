package io.loadcast.guardrail.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModerationTest {

    private final ToxicityDetector toxicity = new ToxicityDetector();
    private final GroundednessScorer groundedness = new GroundednessScorer();

    @Test
    void scoresAbuseAndThreatsAboveNeutralText() {
        assertThat(toxicity.score("What is the forecast demand for tomorrow evening?"))
                .isZero();
        assertThat(toxicity.score("you are a useless idiot")).isGreaterThanOrEqualTo(0.5);
        assertThat(toxicity.score("I will kill you")).isGreaterThan(0.8);
        assertThat(toxicity.score("shut up, you stupid moron, I hope you die"))
                .isGreaterThan(toxicity.score("shut up"));
    }

    @Test
    void groundednessIsTheShareOfSupportedSentences() {
        List<String> contexts = List.of(
                "Wind generation in Britain reached a record of 22 gigawatts in December.",
                "Heat pumps move heat from outside air into homes.");

        assertThat(groundedness.groundedness(
                        "Wind generation reached a record 22 gigawatts in December. Heat pumps move heat into homes.",
                        contexts))
                .isEqualTo(1.0);
        assertThat(groundedness.groundedness(
                        "Wind generation reached a record 22 gigawatts in December. Nuclear plants will close by 2030."
                                + " Solar panels cost less every year.",
                        contexts))
                .isCloseTo(1.0 / 3, within(1e-9));
        assertThat(groundedness.groundedness("Completely unrelated claims about football.", contexts))
                .isZero();
    }

    @Test
    void relevanceIsTheShareOfQuestionWordsAnswered() {
        assertThat(groundedness.relevance("How do heat pumps work?", "Heat pumps work by moving heat."))
                .isEqualTo(1.0);
        assertThat(groundedness.relevance("How do heat pumps work?", "The football season starts in August."))
                .isZero();
    }

    @Test
    void wrongNumberDirectionOrPlaceIsNotGroundedButAFaithfulParaphraseIs() {
        List<String> contexts = List.of("Yesterday evening GB imported 2,100 MW from France over IFA2.");

        assertThat(groundedness.groundedness("Yesterday evening GB imported 4,100 MW from France over IFA2.", contexts))
                .isZero();
        assertThat(groundedness.groundedness("Yesterday evening GB exported 2,100 MW to France over IFA2.", contexts))
                .isZero();
        assertThat(groundedness.groundedness("Yesterday evening GB imported 2,100 MW from Norway over IFA2.", contexts))
                .isZero();
        assertThat(groundedness.groundedness(
                        "Over IFA2, France supplied GB with 2.1 GW of imports yesterday.", contexts))
                .isEqualTo(1.0);
    }

    @Test
    void threatAgainstAThirdPersonIsToxic() {
        assertThat(toxicity.score("I will kill the engineer who caused this blackout"))
                .isGreaterThanOrEqualTo(0.5);
        assertThat(toxicity.score("How do I kill a stuck Python process on the forecast server?"))
                .isZero();
    }
}
