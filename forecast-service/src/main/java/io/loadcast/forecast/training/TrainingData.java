package io.loadcast.forecast.training;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.evaluation.ForecastErrors;
import io.loadcast.forecast.core.model.DataFingerprint;
import io.loadcast.forecast.core.model.TrainingSpec;
import io.loadcast.forecast.series.Dataset;
import io.loadcast.forecast.series.SeriesSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's data, always from a dataset snapshot: the request's, or one frozen now over the range it asks for (the
 * last {@code training-days} by default), so that every run, drift retrains included, names in its lineage the
 * exact data it used. Gaps are filled.
 *
 * @param series the gap-filled series of the command
 * @param observed the same series with their gaps (NaN): backtests score only periods with a real reading
 * @param datasetId the snapshot
 * @param hash the snapshot's content hash, else the data's fingerprint
 */
record TrainingData(List<HalfHourlySeries> series, List<HalfHourlySeries> observed, String datasetId, String hash) {

    private static final Logger log = LoggerFactory.getLogger(TrainingData.class);

    static TrainingData load(TrainingCommand command, SeriesSource source, int trainingDays, Clock clock) {
        String datasetId = command.datasetId();
        if (datasetId == null) {
            Instant to = command.to() != null ? command.to() : clock.instant();
            Instant from = command.from() != null ? command.from() : to.minus(Duration.ofDays(trainingDays));
            datasetId = source.freeze(command.seriesIds(), from, to);
            log.info("froze {} [{}, {}) as dataset {}", command.seriesIds(), from, to, datasetId);
        }
        Dataset dataset = source.dataset(datasetId);
        List<HalfHourlySeries> filled = new ArrayList<>();
        List<HalfHourlySeries> observed = new ArrayList<>();
        for (HalfHourlySeries s : dataset.series()) {
            if (!command.seriesIds().contains(s.seriesId())) {
                continue;
            }
            if (s.size() == 0 || s.missingCount() > s.size() / 2) {
                throw new IllegalArgumentException("series " + s.seriesId() + " has too few readings to train on ("
                        + (s.size() - s.missingCount()) + ")");
            }
            filled.add(s.filled());
            observed.add(s);
        }
        if (filled.isEmpty()) {
            throw new IllegalArgumentException("none of " + command.seriesIds() + " has data to train on");
        }
        String hash = dataset.contentHash();
        return new TrainingData(filled, observed, dataset.id(), hash.isEmpty() ? DataFingerprint.of(filled) : hash);
    }

    /** Each series without its last {@code backtestSteps}; refused when look-back and horizon do not fit before. */
    List<HalfHourlySeries> training(TrainingSpec spec, int backtestSteps) {
        List<HalfHourlySeries> training = new ArrayList<>();
        for (HalfHourlySeries s : series) {
            if (s.size() - backtestSteps < spec.lookback() + spec.horizon()) {
                throw new IllegalArgumentException("too little history in " + s.seriesId() + ": " + s.size()
                        + " half-hours, need " + (spec.lookback() + spec.horizon() + backtestSteps)
                        + " for look-back, horizon and a " + backtestSteps / HalfHourlySeries.STEPS_PER_WEEK
                        + "-week backtest");
            }
            training.add(s.slice(0, s.size() - backtestSteps));
        }
        return training;
    }

    /** The observed series (gaps NaN) without their last {@code backtestSteps}, after {@link #training} checked them. */
    List<HalfHourlySeries> observedTraining(int backtestSteps) {
        return observed.stream().map(s -> s.slice(0, s.size() - backtestSteps)).toList();
    }

    /** The mean in-sample MAE of the weekly seasonal-naive forecast over {@code training}: the MASE scale. */
    static double naiveScale(List<HalfHourlySeries> training) {
        return training.stream()
                .mapToDouble(s -> ForecastErrors.seasonalNaiveScale(s.values(), HalfHourlySeries.STEPS_PER_WEEK))
                .average()
                .orElse(Double.NaN);
    }
}
