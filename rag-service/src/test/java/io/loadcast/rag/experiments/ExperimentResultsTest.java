package io.loadcast.rag.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentResultsTest {

    @Test
    void usesWelchTTestForTwoVariantsAndFindsNoDifferenceBetweenEqualRatings() {
        List<ExperimentLog.Entry> log = new ArrayList<>();
        int[] ratings = {2, 3, 4, 3, 2, 4};
        for (int i = 0; i < ratings.length; i++) {
            log.add(new ExperimentLog.Entry("a" + i, "a", 10 + i, ratings[i]));
            log.add(new ExperimentLog.Entry("b" + i, "b", 20 + i, ratings[i]));
        }

        ExperimentResults results = ExperimentResults.of("e", List.of("a", "b"), log);

        assertThat(results.test().method()).isEqualTo("Welch t-test");
        assertThat(results.test().pValue()).isCloseTo(1.0, within(1e-9));
        assertThat(results.test().significantAt5Percent()).isFalse();
        assertThat(results.variants().get(0).meanRating()).isCloseTo(3.0, within(1e-9));
        assertThat(results.variants().get(1).p50LatencyMs()).isBetween(20.0, 25.0);
    }

    @Test
    void usesAnovaForThreeVariantsAndFindsAClearDifference() {
        List<ExperimentLog.Entry> log = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            log.add(new ExperimentLog.Entry("a" + i, "a", 1, 1 + i % 2));
            log.add(new ExperimentLog.Entry("b" + i, "b", 1, 4 + i % 2));
            log.add(new ExperimentLog.Entry("c" + i, "c", 1, 2 + i % 2));
        }

        ExperimentResults results = ExperimentResults.of("e", List.of("a", "b", "c"), log);

        assertThat(results.test().method()).isEqualTo("one-way ANOVA");
        assertThat(results.test().pValue()).isLessThan(0.001);
        assertThat(results.test().significantAt5Percent()).isTrue();
    }

    @Test
    void reportsNoTestWithoutEnoughRatings() {
        List<ExperimentLog.Entry> log =
                List.of(new ExperimentLog.Entry("a", "a", 1, 5), new ExperimentLog.Entry("b", "b", 1, null));

        ExperimentResults results = ExperimentResults.of("e", List.of("a", "b"), log);

        assertThat(results.test().pValue()).isNull();
        assertThat(results.variants().get(1).ratings()).isZero();
        assertThat(results.variants().get(1).queries()).isEqualTo(1);
    }
}
