package io.loadcast.registry.promotion;

import io.loadcast.registry.tracking.Run;
import java.util.OptionalDouble;

/** What a training run says about a version: its backtest metric and the dataset it was measured on. */
record RunEvidence(String runId, OptionalDouble metric, String datasetHash) {

    /** Run tag carrying the content hash of the dataset snapshot the run trained and backtested on. */
    static final String DATASET_HASH_TAG = "loadcast.dataset_hash";

    static RunEvidence of(Run run, String metricKey) {
        OptionalDouble value = run.data().metrics().stream()
                .filter(m -> m.key().equals(metricKey))
                .mapToDouble(m -> m.value())
                .findFirst();
        return new RunEvidence(run.info().runId(), value, run.tag(DATASET_HASH_TAG));
    }
}
