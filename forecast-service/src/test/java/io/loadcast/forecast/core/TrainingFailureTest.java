package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.model.EpochListener;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.Trainer;
import io.loadcast.forecast.core.model.Trainers;
import io.loadcast.forecast.core.model.TrainingContext;
import io.loadcast.forecast.core.model.TrainingFailedException;
import io.loadcast.forecast.core.model.TrainingSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running out of memory in a training reaches the run orchestration as an exception, so the run ends FAILED. */
class TrainingFailureTest {

    @Test
    void turnsOutOfMemoryIntoATrainingFailureNamingTheFamilyAndTheCause() {
        Trainer exhausted = (series, spec, context, listener) -> {
            throw new OutOfMemoryError("Physical memory usage is too high: physicalBytes (3073M) > maxPhysicalBytes");
        };

        assertThatThrownBy(() -> Trainers.guarded(ModelFamily.GRU, exhausted)
                        .train(
                                List.of(new HalfHourlySeries("S", Instant.EPOCH, new double[] {1})),
                                TrainingSpec.defaults(ModelFamily.GRU),
                                new TrainingContext("d", "v"),
                                EpochListener.NONE))
                .isInstanceOf(TrainingFailedException.class)
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("gru training ran out of memory")
                .hasMessageContaining("physicalBytes (3073M)")
                .hasCauseInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void everyFamilysTrainerIsGuarded() {
        for (ModelFamily family : ModelFamily.values()) {
            assertThat(Trainers.forFamily(family).getClass().getSimpleName())
                    .as(family.slug())
                    .isEqualTo("GuardedTrainer");
        }
    }
}
