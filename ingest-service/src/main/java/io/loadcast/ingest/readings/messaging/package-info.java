/** Kafka: the raw-readings batch listener, the readings and dead-letter publishers. */
@NullMarked
package io.loadcast.ingest.readings.messaging;

import org.jspecify.annotations.NullMarked;
