package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.forecast.core.data.HalfHourlySeries;
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
}
