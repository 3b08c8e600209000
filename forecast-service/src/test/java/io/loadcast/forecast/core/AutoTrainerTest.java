package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.AutoSpec;
import io.loadcast.forecast.core.model.Candidates;
import io.loadcast.forecast.core.model.EnsembleModel;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Family {@code auto}: the winner on validation (or the mean of the top ones when that validates better), refitted on
 * all of the data, saved as its own family or as an {@code ensemble} that loads back with the same forecasts.
 */
class AutoTrainerTest {

    @Test
    void returnsTheWinningFamilyRefittedOnAllTheDataAndNeverTheNaiveBaselineOnPatternedDemand() {
        HalfHourlySeries s = SyntheticDemand.series("A", Instant.parse("2024-03-01T00:00:00Z"), 42, 3);
        TrainingContext context = new TrainingContext("d", "v");
        TrainingSpec auto = TrainingSpec.defaults(ModelFamily.AUTO);

        ForecastModel chosen =
                Trainers.forFamily(ModelFamily.AUTO).train(List.of(s), auto, context, EpochListener.NONE);

        List<ForecastModel> members = chosen instanceof EnsembleModel e ? e.members() : List.of(chosen);
        double[] history = Arrays.copyOf(s.values(), s.size() - 48);
        Instant origin = s.timeAt(s.size() - 48);
        double[] expected = new double[48];
        for (ForecastModel member : members) {
            ModelFamily family = member.provenance().spec().family();
            assertThat(family).isNotIn(ModelFamily.AUTO, ModelFamily.ENSEMBLE, ModelFamily.SEASONAL_NAIVE);
            TrainingSpec d = TrainingSpec.defaults(family);
            ForecastModel refit = Trainers.forFamily(family)
                    .train(List.of(s), d.withHorizon(auto.horizon()), context, EpochListener.NONE);
            double[] f = refit.predict(history, origin, 48);
            for (int h = 0; h < 48; h++) {
                expected[h] += f[h] / members.size();
            }
        }
        assertThat(chosen.predict(history, origin, 48)).containsExactly(expected, within(1e-6));
        assertThat(context.notes()).containsKeys("auto.validation_mape", "auto.choice", "auto.reason");
        ForecastModel reloaded = ModelCodec.read(ModelCodec.write(chosen));
        assertThat(reloaded.provenance()).isEqualTo(chosen.provenance());
        assertThat(reloaded.predict(history, origin, 48)).containsExactly(chosen.predict(history, origin, 48));
    }

    /**
     * Validation scores only observed periods, as backtests do: a gap in the validation span is filled (with the
     * value a week earlier, exactly the weekly naive forecast) for the inputs but not scored, so the naive baseline's
     * noted MAPE is the hand-computed one over the readings that exist. Scoring the filled values counted those
     * periods as perfect forecasts.
     */
    @Test
    void scoresTheValidationOnObservedPeriodsOnlyAndFitsOnTheFilledSeries() {
        HalfHourlySeries complete = SyntheticDemand.series("A", Instant.parse("2024-03-01T00:00:00Z"), 42, 3);
        double[] values = complete.values().clone();
        int size = values.length;
        Arrays.fill(values, size - 400, size - 300, Double.NaN);
        HalfHourlySeries gappy = new HalfHourlySeries("A", complete.start(), values);
        double[] filled = gappy.filled().values();
        int validation = size / 4;
        double sum = 0;
        int n = 0;
        double sumWithFilled = 0;
        int all = 0;
        for (int origin = size - validation; origin + 96 <= size; origin += 24) {
            for (int h = 0; h < 96; h++) {
                sumWithFilled += Math.abs(filled[origin + h] - filled[origin + h - HalfHourlySeries.STEPS_PER_WEEK])
                        / filled[origin + h];
                all++;
                if (!Double.isNaN(values[origin + h])) {
                    sum += Math.abs(values[origin + h] - filled[origin + h - HalfHourlySeries.STEPS_PER_WEEK])
                            / values[origin + h];
                    n++;
                }
            }
        }
        TrainingContext context = new TrainingContext("d", "v");

        ForecastModel chosen = Trainers.forFamily(ModelFamily.AUTO)
                .train(
                        List.of(gappy),
                        new AutoSpec(96, 42, Candidates.of("seasonal-naive")),
                        context,
                        EpochListener.NONE);

        // what scoring the filled series (the pipeline's input before) noted: the gap as perfect forecasts
        assertThat(String.format(Locale.ROOT, "%.3f", 100 * sumWithFilled / all))
                .isNotEqualTo(String.format(Locale.ROOT, "%.3f", 100 * sum / n));
        assertThat(context.notes())
                .containsEntry(
                        "auto.validation_mape", String.format(Locale.ROOT, "seasonal-naive=%.3f", 100 * sum / n));
        assertThat(chosen.predict(gappy.filled().slice(0, size - 48).values(), complete.timeAt(size - 48), 48))
                .containsExactly(Arrays.copyOfRange(filled, size - 384, size - 336));
        ForecastModel linearOnGaps = Trainers.forFamily(ModelFamily.LINEAR)
                .train(List.of(gappy), TrainingSpec.defaults(ModelFamily.LINEAR), context, EpochListener.NONE);
        ForecastModel linearOnFilled = Trainers.forFamily(ModelFamily.LINEAR)
                .train(List.of(gappy.filled()), TrainingSpec.defaults(ModelFamily.LINEAR), context, EpochListener.NONE);
        double[] filledHistory = Arrays.copyOf(filled, size - 48);
        assertThat(linearOnGaps.predict(filledHistory, complete.timeAt(size - 48), 48))
                .containsExactly(linearOnFilled.predict(filledHistory, complete.timeAt(size - 48), 48));
    }

    /** On a long series the validation span is the last 8 weeks (not the last quarter, not 4 weeks). */
    @Test
    void validatesOnTheLastEightWeeksOfALongSeries() {
        HalfHourlySeries s = SyntheticDemand.series("L", Instant.parse("2023-01-02T00:00:00Z"), 280, 3);
        double[] v = s.values();
        double[] mape = new double[3];
        int[] weeks = {4, 8, 70};
        for (int w = 0; w < weeks.length; w++) {
            int span = Math.min(weeks[w] * HalfHourlySeries.STEPS_PER_WEEK, v.length / 4);
            double sum = 0;
            int n = 0;
            for (int origin = v.length - span; origin + 96 <= v.length; origin += 24) {
                for (int h = 0; h < 96; h++) {
                    sum += Math.abs(v[origin + h] - v[origin + h - HalfHourlySeries.STEPS_PER_WEEK]) / v[origin + h];
                    n++;
                }
            }
            mape[w] = 100 * sum / n;
        }
        TrainingContext context = new TrainingContext("d", "v");

        Trainers.forFamily(ModelFamily.AUTO)
                .train(List.of(s), new AutoSpec(96, 42, Candidates.of("seasonal-naive")), context, EpochListener.NONE);

        assertThat(String.format(Locale.ROOT, "%.3f", mape[0]))
                .isNotEqualTo(String.format(Locale.ROOT, "%.3f", mape[1]));
        assertThat(String.format(Locale.ROOT, "%.3f", mape[2]))
                .isNotEqualTo(String.format(Locale.ROOT, "%.3f", mape[1]));
        assertThat(context.notes())
                .containsEntry("auto.validation_mape", String.format(Locale.ROOT, "seasonal-naive=%.3f", mape[1]));
    }
}
