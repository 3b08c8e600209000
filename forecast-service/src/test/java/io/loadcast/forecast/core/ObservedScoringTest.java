package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.Backtest;
import io.loadcast.forecast.core.evaluation.BacktestResult;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.evaluation.ScoredForecast;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.Provenance;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backtests score only real readings: gap-filled periods feed the inputs, never the scores (issue 16). */
class ObservedScoringTest {

    static final int WEEK = HalfHourlySeries.STEPS_PER_WEEK;
    static final int HORIZON = 48;

    /** Forecasts the mean of its look-back; refuses a history with a gap (inputs must be filled). */
    static final ForecastModel MEAN = new ForecastModel() {
        @Override
        public Provenance provenance() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int lookback() {
            return 48;
        }

        @Override
        public int maxHorizon() {
            return HORIZON;
        }

        @Override
        public double[] predict(double[] history, Instant origin, int horizon) {
            double sum = 0;
            for (int i = history.length - 48; i < history.length; i++) {
                assertThat(history[i]).as("input %d is filled", i).isFinite();
                sum += history[i];
            }
            double[] out = new double[horizon];
            Arrays.fill(out, sum / 48);
            return out;
        }

        @Override
        public void writeParameters(OutputStream out) {}
    };

    @Test
    void scoresOnlyObservedPeriodsWhileTheInputsAreGapFilled() {
        double[] values = new double[3 * WEEK];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1000 + 100 * Math.sin(2 * Math.PI * i / 48.0) + (i % 7);
        }
        int gapStart = 2 * WEEK + 100;
        int gap = 30;
        double[] withGap = values.clone();
        Arrays.fill(withGap, gapStart, gapStart + gap, Double.NaN);
        HalfHourlySeries observed = new HalfHourlySeries("S", Instant.parse("2024-01-01T00:00:00Z"), withGap);

        BacktestResult result = Backtest.run(MEAN, List.of(observed), WEEK, HORIZON, 24, 10);

        // by hand: every origin's forecast from the filled history, scored where a reading exists
        double[] filled = observed.filled().values();
        double abs = 0;
        int points = 0;
        int origins = 0;
        for (int origin = 2 * WEEK; origin + HORIZON <= values.length; origin += 24) {
            double mean = Arrays.stream(filled, origin - 48, origin).average().orElseThrow();
            for (int h = 0; h < HORIZON; h++) {
                if (!Double.isNaN(withGap[origin + h])) {
                    abs += Math.abs(mean - withGap[origin + h]);
                    points++;
                }
            }
            origins++;
        }
        assertThat(result.origins()).isEqualTo(origins);
        assertThat(result.errors().points())
                .as("the filled periods are not scored")
                .isEqualTo(origins * HORIZON - countCovered(gapStart, gap));
        assertThat(result.errors().points()).isEqualTo(points);
        assertThat(result.errors().mae()).isCloseTo(abs / points, offset(1e-9));
        assertThat(result.baseline().points()).isEqualTo(points);
        assertThat(result.coverage80()).isBetween(0.0, 1.0);
    }

    @Test
    void aGapFreeSeriesIsScoredOnEveryPeriodAsBefore() {
        double[] values = new double[3 * WEEK];
        for (int i = 0; i < values.length; i++) {
            values[i] = 500 + (i % 48);
        }
        HalfHourlySeries s = new HalfHourlySeries("S", Instant.parse("2024-01-01T00:00:00Z"), values);

        BacktestResult result = Backtest.run(MEAN, List.of(s), WEEK, HORIZON, 24, 10);

        assertThat(result.errors().points()).isEqualTo(result.origins() * HORIZON);
    }

    @Test
    void errorsAndIntervalsSkipStepsWithoutAReading() {
        List<ScoredForecast> pairs = List.of(
                new ScoredForecast(new double[] {100, Double.NaN}, new double[] {110, 1e9}),
                new ScoredForecast(new double[] {Double.NaN, 200}, new double[] {-1e9, 230}));

        ForecastErrors e = ForecastErrors.of(pairs, 20);

        assertThat(e.points()).isEqualTo(2);
        assertThat(e.mae()).isCloseTo(20, offset(1e-12));
        assertThat(e.maeByStep()).containsExactly(10, 30);
    }

    /** How many (origin, step) pairs of the backtest fall in the gap. */
    private static int countCovered(int gapStart, int gap) {
        int covered = 0;
        for (int origin = 2 * WEEK; origin + HORIZON <= 3 * WEEK; origin += 24) {
            for (int h = 0; h < HORIZON; h++) {
                if (origin + h >= gapStart && origin + h < gapStart + gap) {
                    covered++;
                }
            }
        }
        return covered;
    }
}
