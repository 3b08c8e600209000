/** Kafka: model events in (hot swap), latest forecasts out. */
@NullMarked
package io.loadcast.forecast.serving.messaging;

import org.jspecify.annotations.NullMarked;
