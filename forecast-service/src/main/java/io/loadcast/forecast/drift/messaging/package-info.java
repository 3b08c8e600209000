/** Kafka: validated readings in, drift events out. */
@NullMarked
package io.loadcast.forecast.drift.messaging;

import org.jspecify.annotations.NullMarked;
