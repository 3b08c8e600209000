package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.evaluation.ScoredForecast;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void computesErrorMeasuresByHand() {
        List<ScoredForecast> pairs = List.of(
                new ScoredForecast(new double[] {100, 200}, new double[] {110, 190}),
                new ScoredForecast(new double[] {100, 200}, new double[] {100, 230}));

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
        List<ScoredForecast> pairs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            pairs.add(new ScoredForecast(new double[] {i}, new double[] {0}));
        }

        ConformalIntervals c = ConformalIntervals.calibrate(pairs, 1);

        // ceil(10 * 0.8) = 8th smallest; ceil(10 * 0.95) = 10 > 9: no finite 95% quantile from 9 residuals
        assertThat(c.halfWidth80()[0]).isEqualTo(8);
        assertThat(c.halfWidth95()[0]).isInfinite();
    }

    @Test
    void withFewCalibrationPointsTheBandsPoolNeighbouringStepsAndStayOrdered() {
        // 9 forecasts of 4 steps, residuals i * (step + 1): too few per step for a 95% rank (needs 19)
        List<ScoredForecast> pairs = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            pairs.add(new ScoredForecast(new double[] {i, 2 * i, 3 * i, 4 * i}, new double[] {0, 0, 0, 0}));
        }

        ConformalIntervals c = ConformalIntervals.calibrate(pairs, 4);

        for (int h = 0; h < 4; h++) {
            // 80%: 9 residuals of the step suffice (8th smallest)
            assertThat(c.halfWidth80()[h]).isEqualTo(8.0 * (h + 1));
            assertThat(c.halfWidth95()[h]).isGreaterThan(c.halfWidth80()[h]).isFinite();
        }
        // step 1 pools steps 0-2 (27 residuals): the ceil(28 * 0.95) = 27th smallest, the largest of step 2: 27
        assertThat(c.halfWidth95()[1]).isEqualTo(27);
        // step 0 pools steps 0-1 (18, too few), then 0-2 as well: 27
        assertThat(c.halfWidth95()[0]).isEqualTo(27);
    }

    @Test
    void conformalIntervalsCoverFreshExchangeableErrorsAtTheirLevel() {
        Random random = new Random(11);
        List<ScoredForecast> calibration = new ArrayList<>();
        List<ScoredForecast> fresh = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            calibration.add(new ScoredForecast(
                    new double[] {random.nextGaussian() * 3, random.nextGaussian()}, new double[] {0, 0}));
            fresh.add(new ScoredForecast(
                    new double[] {random.nextGaussian() * 3, random.nextGaussian()}, new double[] {0, 0}));
        }

        ConformalIntervals c = ConformalIntervals.calibrate(calibration, 2);

        assertThat(c.coverage(fresh, 80)).isCloseTo(0.80, offset(0.02));
        assertThat(c.coverage(fresh, 95)).isCloseTo(0.95, offset(0.01));
        assertThat(c.halfWidth80()[0]).isCloseTo(3 * 1.2816, offset(0.25));
        assertThat(c.halfWidth80()[1]).isCloseTo(1.2816, offset(0.1));
    }
}
