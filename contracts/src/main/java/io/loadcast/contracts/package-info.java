/**
 * The events that cross Kafka between loadcast services and edge devices, and the names of their topics.
 *
 * <p>Every event is a JSON object with an {@code eventId} and an {@code occurredAt} instant (UTC, ISO-8601).
 * Unknown fields are ignored so that producers may add fields without breaking consumers; a missing
 * required field is rejected with the field's name. Plain Java: no Spring, only Jackson annotations.
 */
@NullMarked
package io.loadcast.contracts;

import org.jspecify.annotations.NullMarked;
