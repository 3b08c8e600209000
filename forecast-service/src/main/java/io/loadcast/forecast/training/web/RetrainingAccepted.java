package io.loadcast.forecast.training.web;

import java.util.UUID;

/**
 * A retrain request accepted: published and its training run started.
 *
 * @param requestId the event id on {@code ml.retrain-requests.v1}
 * @param runId the training run it started (also in the {@code Location} header); equals the request id
 * @param status the run's status now (QUEUED or RUNNING)
 */
record RetrainingAccepted(UUID requestId, String runId, String status) {}
