package io.loadcast.forecast.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mean forecast of a model's members ({@link DirectMembersModel}, {@link EnsembleModel}) for many origins. */
final class MemberMeans {

    private MemberMeans() {}

    /**
     * Each member's {@link ForecastModel#predictAll} (a net runs its origins in one pass), averaged per origin: every
     * member's forecast divided by the member count and summed in member order, as the models' {@code predict} sums.
     */
    static List<double[]> batched(
            List<? extends ForecastModel> members, List<double[]> histories, List<Instant> origins, int horizon) {
        List<double[]> mean = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            mean.add(new double[horizon]);
        }
        for (ForecastModel member : members) {
            List<double[]> rows = member.predictAll(histories, origins, horizon);
            for (int r = 0; r < rows.size(); r++) {
                for (int h = 0; h < horizon; h++) {
                    mean.get(r)[h] += rows.get(r)[h] / members.size();
                }
            }
        }
        return mean;
    }
}
