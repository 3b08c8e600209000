package io.loadcast.registry.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Which champion figure a challenger faces: same window first, then same dataset, else none with the reason. */
class ChampionBaselineTest {

    private static RunEvidence run(double mape, String hash, String championVersion, Double championMape) {
        return new RunEvidence(
                "r",
                OptionalDouble.of(mape),
                hash,
                championVersion,
                championMape == null ? OptionalDouble.empty() : OptionalDouble.of(championMape),
                OptionalDouble.empty());
    }

    @Test
    void prefersTheChampionMeasuredOnTheChallengersWindowOverItsOwnRun() {
        ChampionBaseline baseline =
                ChampionBaseline.choose(run(9.0, "d2", "3", 9.8), "3", run(10.0, "d2", "", null), "mape");

        assertThat(baseline.evidence()).isEqualTo(PromotionEvidence.SAME_WINDOW);
        assertThat(baseline.championValue()).isEqualTo(9.8);
        assertThat(baseline.missing()).isEmpty();
    }

    @Test
    void fallsBackToTheSameDatasetWhenTheWindowBacktestMeasuredAnEarlierChampion() {
        ChampionBaseline baseline =
                ChampionBaseline.choose(run(9.0, "d1", "2", 9.8), "3", run(10.0, "d1", "", null), "mape");

        assertThat(baseline.evidence()).isEqualTo(PromotionEvidence.SAME_DATASET);
        assertThat(baseline.championValue()).isEqualTo(10.0);
    }

    @Test
    void hasNoBaselineForAStaleWindowBacktestOnAnotherDatasetAndSaysWhy() {
        ChampionBaseline baseline =
                ChampionBaseline.choose(run(9.0, "d2", "2", 9.8), "3", run(10.0, "d1", "", null), "mape");

        assertThat(baseline.evidence()).isEqualTo(PromotionEvidence.NONE);
        assertThat(baseline.championValue()).isNull();
        assertThat(baseline.missing()).contains("same dataset").contains("measured version 2, not the champion 3");
    }

    @Test
    void hasNoBaselineWithoutEitherEvidence() {
        ChampionBaseline baseline =
                ChampionBaseline.choose(run(9.0, "d2", "", null), "3", run(10.0, "d1", "", null), "mape");

        assertThat(baseline.evidence()).isEqualTo(PromotionEvidence.NONE);
        assertThat(baseline.missing()).contains("same dataset").contains("no same-window backtest");
    }

    @Test
    void ignoresAWindowBacktestWithoutThePolicysMetric() {
        ChampionBaseline baseline = ChampionBaseline.choose(run(9.0, "d2", "3", null), "3", RunEvidence.none(), "mape");

        assertThat(baseline.evidence()).isEqualTo(PromotionEvidence.NONE);
        assertThat(baseline.missing()).contains("has no champion_mape");
    }

    @Test
    void neverComparesRunsWithoutADatasetHash() {
        ChampionBaseline baseline =
                ChampionBaseline.choose(run(9.0, "", "", null), "3", run(10.0, "", "", null), "mape");

        assertThat(baseline.evidence()).isEqualTo(PromotionEvidence.NONE);
    }
}
