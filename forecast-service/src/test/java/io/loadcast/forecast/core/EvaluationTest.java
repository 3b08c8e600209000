package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void computesErrorMeasuresByHand() {
        List<double[][]> pairs =
                List.of(new double[][] {{100, 200}, {110, 190}}, new double[][] {{100, 200}, {100, 230}});

        ForecastErrors e = ForecastErrors.of(pairs, 20);

        assertThat(e.mae()).isCloseTo((10 + 10 + 0 + 30) / 4.0, offset(1e-12));
        assertThat(e.rmse()).isCloseTo(Math.sqrt((100 + 100 + 0 + 900) / 4.0), offset(1e-12));
        assertThat(e.mape()).isCloseTo(100 * (0.1 + 0.05 + 0 + 0.15) / 4, offset(1e-12));
        assertThat(e.smape()).isCloseTo(100 * (20 / 210.0 + 20 / 390.0 + 0 + 60 / 430.0) / 4, offset(1e-12));
        assertThat(e.mase()).isCloseTo(12.5 / 20, offset(1e-12));
        assertThat(e.maeByStep()).containsExactly(5, 20);
    }

    @Test
    void seasonalNaiveScaleIsTheMeanAbsoluteSeasonalDifference() {
        assertThat(ForecastErrors.seasonalNaiveScale(new double[] {1, 2, 4, 8}, 2))
                .isEqualTo((3 + 6) / 2.0);
    }

    @Test
    void conformalHalfWidthIsTheFiniteSampleQuantileOfAbsoluteResiduals() {
        List<double[][]> pairs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            pairs.add(new double[][] {{i}, {0}});
        }

        ConformalIntervals c = ConformalIntervals.calibrate(pairs, 1);

        // ceil(10 * 0.8) = 8th smallest; ceil(10 * 0.95) = 10 > 9, so the largest
        assertThat(c.halfWidth80()[0]).isEqualTo(8);
        assertThat(c.halfWidth95()[0]).isEqualTo(9);
    }

    @Test
    void conformalIntervalsCoverFreshExchangeableErrorsAtTheirLevel() {
        Random random = new Random(11);
        List<double[][]> calibration = new ArrayList<>();
        List<double[][]> fresh = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            calibration.add(new double[][] {{random.nextGaussian() * 3, random.nextGaussian()}, {0, 0}});
            fresh.add(new double[][] {{random.nextGaussian() * 3, random.nextGaussian()}, {0, 0}});
        }

        ConformalIntervals c = ConformalIntervals.calibrate(calibration, 2);

        assertThat(c.coverage(fresh, 80)).isCloseTo(0.80, offset(0.02));
        assertThat(c.coverage(fresh, 95)).isCloseTo(0.95, offset(0.01));
        assertThat(c.halfWidth80()[0]).isCloseTo(3 * 1.2816, offset(0.25));
        assertThat(c.halfWidth80()[1]).isCloseTo(1.2816, offset(0.1));
    }
}
