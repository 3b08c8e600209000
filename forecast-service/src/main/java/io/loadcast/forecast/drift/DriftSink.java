package io.loadcast.forecast.drift;

import io.loadcast.contracts.DriftDetected;
import io.loadcast.contracts.RetrainRequested;

/** Where drift events and the retrain requests of the drift policy go (Kafka). */
public interface DriftSink {

    void drift(DriftDetected event);

    void retrain(RetrainRequested request);
}
