package io.loadcast.forecast.drift;

import io.loadcast.contracts.DriftStatistic;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/** {@code loadcast.forecast.drift.score}: one gauge per series, feature and statistic
 * (bounded by the series served). */
final class DriftGauges {

    private final MeterRegistry meters;
    private final Map<String, AtomicReference<Double>> scores = new ConcurrentHashMap<>();

    DriftGauges(MeterRegistry meters) {
        this.meters = meters;
    }

    void set(String seriesId, DriftReport.Score score) {
        holder(seriesId, score.feature(), score.statistic()).set(score.score());
    }

    /**
     * A series with a residual reference shows its drift gauges at once, NaN until its first live window is
     * evaluated, so dashboards and alerts see the series before drift does.
     */
    void show(String seriesId) {
        for (DriftReport.Feature feature : DriftReport.Feature.values()) {
            for (DriftStatistic statistic : DriftStatistic.values()) {
                holder(seriesId, feature, statistic);
            }
        }
    }

    private AtomicReference<Double> holder(String seriesId, DriftReport.Feature feature, DriftStatistic statistic) {
        return scores.computeIfAbsent(seriesId + "/" + feature + "/" + statistic, key -> {
            AtomicReference<Double> holder = new AtomicReference<>(Double.NaN);
            Gauge.builder("loadcast.forecast.drift.score", holder, AtomicReference::get)
                    .description("latest drift statistic of the live window against the reference")
                    .tags(Tags.of("series", seriesId, "feature", feature.wireName(), "statistic", statistic.name()))
                    .register(meters);
            return holder;
        });
    }
}
