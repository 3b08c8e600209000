package io.loadcast.registry.promotion;

import io.loadcast.registry.tracking.Run;
import java.util.OptionalDouble;

/**
 * What a training run says about a version: its backtest metric and the dataset it was measured on, and, when
 * its trainer also backtested the champion of the time on the run's own window, that champion's version and
 * metric.
 *
 * @param championVersion the champion version the run backtested on its window (tag {@link #CHAMPION_VERSION_TAG}),
 *     blank when it did not
 * @param championMetric the champion's {@code champion_<metric>} measured on the run's window, when logged
 * @param baselineMetric the weekly seasonal-naive forecast's {@code baseline_<metric>} on the run's own backtest
 *     origins, when logged
 */
record RunEvidence(
        String runId,
        OptionalDouble metric,
        String datasetHash,
        String championVersion,
        OptionalDouble championMetric,
        OptionalDouble baselineMetric) {

    /** Run tag carrying the content hash of the dataset snapshot the run trained and backtested on. */
    static final String DATASET_HASH_TAG = "loadcast.dataset_hash";

    /** Run tag naming the champion version the trainer backtested on the challenger's window. */
    static final String CHAMPION_VERSION_TAG = "loadcast.champion_version";

    /** Run tag saying how the champion was measured; {@link #SAME_WINDOW} is the only value the policy trusts. */
    static final String CHAMPION_BACKTEST_TAG = "loadcast.champion_backtest";

    static final String SAME_WINDOW = "same-window";

    /** Prefix of the champion's metrics logged on the challenger's run ({@code champion_mape}, ...). */
    static final String CHAMPION_METRIC_PREFIX = "champion_";

    /** Prefix of the seasonal-naive baseline's metrics on the same backtest origins ({@code baseline_mape}, ...). */
    static final String BASELINE_METRIC_PREFIX = "baseline_";

    static RunEvidence of(Run run, String metricKey) {
        boolean sameWindow = run.tag(CHAMPION_BACKTEST_TAG).equals(SAME_WINDOW);
        return new RunEvidence(
                run.info().runId(),
                metric(run, metricKey),
                run.tag(DATASET_HASH_TAG),
                sameWindow ? run.tag(CHAMPION_VERSION_TAG) : "",
                sameWindow ? metric(run, CHAMPION_METRIC_PREFIX + metricKey) : OptionalDouble.empty(),
                metric(run, BASELINE_METRIC_PREFIX + metricKey));
    }

    /** A version without a run: nothing to compare. */
    static RunEvidence none() {
        return new RunEvidence("", OptionalDouble.empty(), "", "", OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static OptionalDouble metric(Run run, String key) {
        return run.data().metrics().stream()
                .filter(m -> m.key().equals(key))
                .mapToDouble(m -> m.value())
                .findFirst();
    }
}
