package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits one {@link RLinearModel} per look-back of {@link RLinearEnsembleModel#memberLookbacks}, each exactly as
 * the {@code rlinear} family would (penalty {@code spec.ridge()}, or chosen per member on the last quarter of each
 * series when it is 0), and keeps them all; one "epoch" per member.
 */
final class RLinearEnsembleTrainer implements Trainer {

    private final RLinearTrainer single = new RLinearTrainer();

    @Override
    public ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec trainingSpec, TrainingContext context, EpochListener listener) {
        RLinearEnsembleSpec spec = Trainer.as(RLinearEnsembleSpec.class, trainingSpec);
        Provenance provenance = context.provenance(spec, series);
        int[] lookbacks = RLinearEnsembleModel.memberLookbacks(spec.lookback());
        List<RLinearModel> members = new ArrayList<>();
        for (int k = 0; k < lookbacks.length; k++) {
            int epoch = k + 1;
            RLinearSpec memberSpec = spec.member(lookbacks[k], spec.ridge());
            RLinearModel fitted = (RLinearModel) single.train(
                    series, memberSpec, context, (e, n, loss) -> listener.onEpoch(epoch, lookbacks.length, loss));
            members.add(RLinearEnsembleModel.member(
                    provenance, lookbacks[k], ((RidgeSpec) fitted.provenance().spec()).ridge(), fitted.weights()));
        }
        return new RLinearEnsembleModel(provenance, members);
    }
}
