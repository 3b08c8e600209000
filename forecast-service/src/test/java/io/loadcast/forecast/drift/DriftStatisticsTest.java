package io.loadcast.forecast.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.loadcast.forecast.drift.domain.DriftStatistics;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DriftStatisticsTest {

    static double[] normal(long seed, int n, double mean, double sd) {
        Random r = new Random(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = mean + sd * r.nextGaussian();
        }
        return out;
    }

    @Test
    void sameDistributionScoresNearZero() {
        double[] ref = normal(1, 2000, 100, 10);
        double[] live = normal(2, 2000, 100, 10);

        assertThat(DriftStatistics.ks(ref, live)).isLessThan(0.06);
        assertThat(DriftStatistics.psi(ref, live)).isLessThan(0.03);
        assertThat(DriftStatistics.wasserstein(ref, live)).isLessThan(0.1);
    }

    @Test
    void shiftedDistributionScoresAsTheoryPredicts() {
        double[] ref = normal(1, 4000, 100, 10);
        double[] live = normal(2, 4000, 110, 10);

        // a one-sd shift: KS = 2 * Phi(0.5) - 1 = 0.383, W1 = 1 sd
        assertThat(DriftStatistics.ks(ref, live)).isCloseTo(0.383, offset(0.03));
        assertThat(DriftStatistics.wasserstein(ref, live)).isCloseTo(1.0, offset(0.06));
        assertThat(DriftStatistics.psi(ref, live)).isGreaterThan(0.25);
    }

    @Test
    void ksOfDisjointSamplesIsOne() {
        assertThat(DriftStatistics.ks(new double[] {1, 2, 3}, new double[] {10, 11, 12}))
                .isEqualTo(1.0);
    }
}
