package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Family {@code auto}: the winner on validation, refitted on all of the data, as its own family. */
class AutoTrainerTest {

    @Test
    void returnsTheWinningFamilyRefittedOnAllTheDataAndNeverTheNaiveBaselineOnPatternedDemand() {
        HalfHourlySeries s = SyntheticDemand.series("A", Instant.parse("2024-03-01T00:00:00Z"), 42, 3);
        TrainingContext context = new TrainingContext("d", "v");
        TrainingSpec auto = TrainingSpec.defaults(ModelFamily.AUTO);

        ForecastModel chosen =
                Trainers.forFamily(ModelFamily.AUTO).train(List.of(s), auto, context, EpochListener.NONE);

        ModelFamily family = chosen.provenance().spec().family();
        assertThat(family).isNotIn(ModelFamily.AUTO, ModelFamily.SEASONAL_NAIVE);
        TrainingSpec d = TrainingSpec.defaults(family);
        ForecastModel refit = Trainers.forFamily(family)
                .train(List.of(s), d.withHorizon(auto.horizon()), context, EpochListener.NONE);
        double[] history = Arrays.copyOf(s.values(), s.size() - 48);
        Instant origin = s.timeAt(s.size() - 48);
        assertThat(chosen.predict(history, origin, 48)).containsExactly(refit.predict(history, origin, 48));
    }
}
