package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;

/**
 * Trains one model family on gap-free series; the same spec, data and seed give the same model. The trainers of
 * {@link Trainers} also take series with gaps (NaN) and fill them causally ({@code auto} scores only observed periods).
 */
public interface Trainer {

    ForecastModel train(
            List<HalfHourlySeries> series, TrainingSpec spec, TrainingContext context, EpochListener listener);

    /**
     * Whether this trainer takes the series with their gaps (NaN) and fills them itself, because it needs to know
     * which periods were observed ({@code auto} scores its validation on those only); the others get them filled.
     */
    default boolean handlesGaps() {
        return false;
    }

    /** {@code spec} as the family's own spec record; another family's spec is an {@link IllegalArgumentException}. */
    static <S extends TrainingSpec> S as(Class<S> type, TrainingSpec spec) {
        if (!type.isInstance(spec)) {
            throw new IllegalArgumentException(
                    "a " + type.getSimpleName() + " is needed, not a " + spec.family() + " spec");
        }
        return type.cast(spec);
    }
}
