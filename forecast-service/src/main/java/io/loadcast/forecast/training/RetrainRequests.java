package io.loadcast.forecast.training;

import io.loadcast.contracts.RetrainRequested;

/** Where retrain requests are sent ({@code ml.retrain-requests.v1}), so one trainer instance picks each up. */
public interface RetrainRequests {

    void send(RetrainRequested request);
}
