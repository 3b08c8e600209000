package io.loadcast.forecast.core.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.util.List;

/**
 * The format-1 JSON of a spec inside {@code provenance.json}: one flat object with every field of every family
 * (fields a family does not use hold 0, or 1 for sizes), as release 0.1.0 wrote it, plus {@code members} of the
 * recurrent families (0 for the others; absent in older files, read as 1). Kept so that saved models of
 * every release load and new ones stay readable by older releases.
 */
record SavedSpec(
        String family,
        int lookback,
        int horizon,
        int epochs,
        double learningRate,
        int hidden,
        int batchSize,
        double ridge,
        int stride,
        long seed,
        @JsonSetter(nulls = Nulls.AS_EMPTY) int members) {

    static SavedSpec of(TrainingSpec spec) {
        String family = spec.family().slug();
        if (spec instanceof RecurrentSpec r) {
            return new SavedSpec(
                    family,
                    r.lookback(),
                    r.horizon(),
                    r.epochs(),
                    r.learningRate(),
                    r.hidden(),
                    r.batchSize(),
                    0,
                    r.stride(),
                    r.seed(),
                    r.members());
        }
        double ridge = spec instanceof RidgeSpec r ? r.ridge() : 0;
        return new SavedSpec(family, spec.lookback(), spec.horizon(), 0, 0, 1, 1, ridge, spec.stride(), spec.seed(), 0);
    }

    TrainingSpec toSpec() {
        return switch (ModelFamily.of(family)) {
            case SEASONAL_NAIVE -> new SeasonalNaiveSpec(horizon, seed);
            case LINEAR -> new LinearSpec(lookback, horizon, ridge, stride, seed);
            case LSTM ->
                new LstmSpec(lookback, horizon, epochs, learningRate, hidden, batchSize, stride, seed, members);
            case GRU -> new GruSpec(lookback, horizon, epochs, learningRate, hidden, batchSize, stride, seed, members);
            case DAY_AHEAD -> new DayAheadSpec(lookback, horizon, ridge, stride, seed);
            case RLINEAR -> new RLinearSpec(lookback, horizon, ridge, stride, seed);
            case RLINEAR_ENSEMBLE -> new RLinearEnsembleSpec(lookback, horizon, ridge, stride, seed);
            case AUTO -> new AutoSpec(horizon, seed);
            case ENSEMBLE -> new EnsembleSpec(lookback, horizon, seed);
        };
    }

    /** {@code provenance.json} as saved (format 1). */
    record SavedProvenance(
            int formatVersion,
            SavedSpec spec,
            List<String> seriesIds,
            String dataFingerprint,
            String datasetId,
            String codeVersion,
            Instant trainedAt) {

        static SavedProvenance of(Provenance p) {
            return new SavedProvenance(
                    p.formatVersion(),
                    SavedSpec.of(p.spec()),
                    p.seriesIds(),
                    p.dataFingerprint(),
                    p.datasetId(),
                    p.codeVersion(),
                    p.trainedAt());
        }

        Provenance toProvenance() {
            return new Provenance(
                    formatVersion, spec.toSpec(), seriesIds, dataFingerprint, datasetId, codeVersion, trainedAt);
        }
    }
}
