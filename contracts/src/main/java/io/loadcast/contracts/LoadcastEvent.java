package io.loadcast.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/** What every event on a loadcast topic carries. */
public interface LoadcastEvent {

    /** Unique id of this event; consumers use it to drop duplicates. */
    UUID eventId();

    /** When the producer created the event (not when the measured thing happened). */
    Instant occurredAt();

    /** The Kafka record key: a series id or a registered model name. */
    @JsonIgnore
    String kafkaKey();
}
