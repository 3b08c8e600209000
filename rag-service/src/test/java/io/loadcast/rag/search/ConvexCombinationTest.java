package io.loadcast.rag.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvexCombinationTest {

    private static Map<String, Float> ranking(Object... pairs) {
        Map<String, Float> ranking = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            ranking.put((String) pairs[i], ((Number) pairs[i + 1]).floatValue());
        }
        return ranking;
    }

    @Test
    void rescalesEachRankingToTheUnitIntervalBeforeWeightingIt() {
        Map<String, Double> fused =
                ConvexCombination.fuse(ranking("a", 30, "b", 20, "c", 10), ranking("b", 0.9, "c", 0.7), 0.25);

        // a: BM25 best (1.0), absent from vectors; b: BM25 0.5, vectors best; c: worst in both
        assertThat(fused.get("a")).isCloseTo(0.75 * 1.0, within(1e-9));
        assertThat(fused.get("b")).isCloseTo(0.75 * 0.5 + 0.25 * 1.0, within(1e-9));
        assertThat(fused.get("c")).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void keepsScoreGapsThatRanksWouldLose() {
        // vectors barely separate x and y, BM25 separates them widely: with equal weights BM25's gap decides
        Map<String, Double> fused =
                ConvexCombination.fuse(ranking("x", 12, "y", 2, "z", 1), ranking("y", 0.80, "x", 0.79, "z", 0.5), 0.5);

        assertThat(fused.get("x")).isGreaterThan(fused.get("y"));
    }

    @Test
    void weightOneIgnoresBm25AndATiedOrSingleRankingCountsAsBest() {
        Map<String, Double> vectorsOnly = ConvexCombination.fuse(ranking("a", 5, "b", 1), ranking("b", 0.6), 1.0);
        assertThat(vectorsOnly.get("a")).isZero();
        assertThat(vectorsOnly.get("b")).isEqualTo(1.0);

        assertThat(ConvexCombination.fuse(ranking(), ranking("q", 0.3, "r", 0.3), 0.5))
                .containsEntry("q", 0.5)
                .containsEntry("r", 0.5);
    }
}
