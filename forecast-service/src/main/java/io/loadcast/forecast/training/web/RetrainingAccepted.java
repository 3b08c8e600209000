package io.loadcast.forecast.training.web;

import java.util.UUID;

/**
 * A retrain request accepted and published.
 *
 * @param requestId the event id on {@code ml.retrain-requests.v1}
 */
record RetrainingAccepted(UUID requestId) {}
