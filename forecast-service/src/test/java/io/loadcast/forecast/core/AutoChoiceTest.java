package io.loadcast.forecast.core;

import static io.loadcast.forecast.core.model.ModelFamily.DAY_AHEAD;
import static io.loadcast.forecast.core.model.ModelFamily.GRU;
import static io.loadcast.forecast.core.model.ModelFamily.LINEAR;
import static io.loadcast.forecast.core.model.ModelFamily.LSTM;
import static io.loadcast.forecast.core.model.ModelFamily.SEASONAL_NAIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.forecast.core.model.AutoChoice;
import io.loadcast.forecast.core.model.AutoChoice.Scored;
import io.loadcast.forecast.core.model.AutoChoice.Tried;
import io.loadcast.forecast.core.model.ModelFamily;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code auto}'s choice among validated candidates: the best alone or the best mean of 2-3 of the top four. */
class AutoChoiceTest {

    private static final double[] ACTUALS = {100, 200, 100, 200};

    /** A candidate forecasting every actual {@code percent} too high (negative: too low). */
    private static Scored off(ModelFamily family, double percent) {
        double[] f = Arrays.stream(ACTUALS).map(a -> a * (1 + percent / 100)).toArray();
        return new Scored(family, f, AutoChoice.meanMape(List.of(new Scored(family, f, 0)), ACTUALS));
    }

    @Test
    void choosesTheBestMeanEvenWhenItsMembersAreNotTheTopRankedOnes() {
        // ranked lstm 4.0, gru 4.1, day-ahead 4.3, linear 10, naive 20: the top-2 and top-3 means are off by 4.05
        // and 1.27 %, while gru and day-ahead (ranks 2 and 3) cancel to 0.1 %
        List<Scored> scored =
                List.of(off(SEASONAL_NAIVE, 20), off(DAY_AHEAD, -4.3), off(LINEAR, 10), off(GRU, 4.1), off(LSTM, 4.0));

        AutoChoice.Choice choice = AutoChoice.choose(scored, ACTUALS, false);

        assertThat(choice.members()).containsExactly(GRU, DAY_AHEAD);
        assertThat(choice.mape()).isCloseTo(0.1, within(1e-9));
        // every pair and triple of the top four, and nothing with the fifth (the naive baseline)
        assertThat(choice.ensembles()).hasSize(6 + 4);
        assertThat(choice.ensembles())
                .flatExtracting(Tried::members)
                .doesNotContain(SEASONAL_NAIVE)
                .contains(LINEAR);
        assertThat(choice.ensembles().get(0).members()).containsExactly(LSTM, GRU);
        assertThat(choice.ensembles().get(0).mape()).isCloseTo(4.05, within(1e-9));
        assertThat(choice.ensembles().get(6).members()).containsExactly(LSTM, GRU, DAY_AHEAD);
        assertThat(choice.ensembles().get(6).mape()).isCloseTo(1.2666666667, within(1e-9));
    }

    @Test
    void resolvesTiesTowardsFewerAndBetterRankedMembersThenTheInputOrder() {
        // lstm and gru tie at +4 %, day-ahead and linear at -4 %: every mixed pair is exact
        List<Scored> scored = List.of(off(LSTM, 4), off(GRU, 4), off(DAY_AHEAD, -4), off(LINEAR, -4));
        List<Scored> reversed = List.of(scored.get(3), scored.get(2), scored.get(1), scored.get(0));

        AutoChoice.Choice choice = AutoChoice.choose(scored, ACTUALS, false);

        assertThat(choice.members()).containsExactly(LSTM, DAY_AHEAD);
        assertThat(choice.mape()).isCloseTo(0, within(1e-9));
        // ties keep the input order, so the reversed input ranks linear first among the -4 % ones
        assertThat(AutoChoice.choose(reversed, ACTUALS, false).members()).containsExactly(LINEAR, GRU);
        assertThat(AutoChoice.choose(scored, ACTUALS, false))
                .usingRecursiveComparison()
                .isEqualTo(choice);
    }

    @Test
    void keepsTheBestCandidateAloneUnlessAMeanValidatesStrictlyBetter() {
        // both too high: every mean lies between its members, so none beats the best alone
        List<Scored> scored = List.of(off(GRU, 5), off(LSTM, 3), off(LINEAR, 3));

        AutoChoice.Choice choice = AutoChoice.choose(scored, ACTUALS, false);

        assertThat(choice.members()).containsExactly(LSTM);
        assertThat(choice.mape()).isCloseTo(3, within(1e-9));
        assertThat(choice.ensembles()).extracting(Tried::members).hasSize(3 + 1);
        // family ensemble takes the best mean even so: the exact tie lstm+linear (3.0) comes first
        assertThat(AutoChoice.choose(scored, ACTUALS, true).members()).containsExactly(LSTM, LINEAR);
    }

    @Test
    void aSingleCandidateIsChosenAloneEvenForFamilyEnsemble() {
        AutoChoice.Choice choice = AutoChoice.choose(List.of(off(DAY_AHEAD, 2)), ACTUALS, true);

        assertThat(choice.members()).containsExactly(DAY_AHEAD);
        assertThat(choice.ensembles()).isEmpty();
    }
}
