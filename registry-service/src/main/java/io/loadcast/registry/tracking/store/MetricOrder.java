package io.loadcast.registry.tracking.store;

import io.loadcast.registry.tracking.Metric;
import java.util.Comparator;

/** MLflow's order for the "latest" value of a metric: step, then timestamp, then value. */
final class MetricOrder {

    static final Comparator<Metric> LATEST = Comparator.comparingLong(Metric::step)
            .thenComparingLong(Metric::timestamp)
            .thenComparingDouble(Metric::value);

    private MetricOrder() {}
}
