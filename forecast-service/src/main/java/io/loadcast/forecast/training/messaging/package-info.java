/** Kafka: retrain requests in and out. */
@NullMarked
package io.loadcast.forecast.training.messaging;

import org.jspecify.annotations.NullMarked;
