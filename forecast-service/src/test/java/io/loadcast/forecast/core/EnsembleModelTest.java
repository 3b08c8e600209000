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

/** Family {@code ensemble}: the mean of auto's best candidates, saved with its members and loaded back whole. */
class EnsembleModelTest {

    @Test
    void averagesItsValidationRankedMembersAndLoadsBackFromItsSavedForm() {
        HalfHourlySeries s = SyntheticDemand.series("E", Instant.parse("2024-03-01T00:00:00Z"), 42, 4);
        TrainingContext context = new TrainingContext("d", "v");

        ForecastModel model = Trainers.forFamily(ModelFamily.ENSEMBLE)
                .train(List.of(s), TrainingSpec.defaults(ModelFamily.AUTO), context, EpochListener.NONE);

        assertThat(model).isInstanceOf(EnsembleModel.class);
        List<ForecastModel> members = ((EnsembleModel) model).members();
        assertThat(members).hasSizeBetween(2, 3);
        assertThat(model.provenance().spec().family()).isEqualTo(ModelFamily.ENSEMBLE);
        assertThat(context.notes().get("auto.choice"))
                .isEqualTo("ensemble of "
                        + members.stream()
                                .map(m -> m.provenance().spec().family().slug())
                                .toList());
        double[] history = Arrays.copyOf(s.values(), s.size() - 48);
        Instant origin = s.timeAt(s.size() - 48);
        double[] forecast = model.predict(history, origin, 48);
        double[] mean = new double[48];
        for (ForecastModel m : members) {
            double[] f = m.predict(history, origin, 48);
            for (int h = 0; h < 48; h++) {
                mean[h] += f[h] / members.size();
            }
        }
        assertThat(forecast).containsExactly(mean, within(1e-9));
        assertThat(model.lookback())
                .isEqualTo(
                        members.stream().mapToInt(ForecastModel::lookback).max().orElseThrow());

        byte[] saved = ModelCodec.write(model);
        ForecastModel reloaded = ModelCodec.read(saved);
        assertThat(reloaded.provenance()).isEqualTo(model.provenance());
        assertThat(reloaded.predict(history, origin, 48)).containsExactly(forecast);
    }
}
