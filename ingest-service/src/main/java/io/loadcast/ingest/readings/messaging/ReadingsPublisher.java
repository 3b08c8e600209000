package io.loadcast.ingest.readings.messaging;

import io.loadcast.contracts.LoadcastEvent;
import io.loadcast.contracts.Reading;
import io.loadcast.contracts.RejectedReading;
import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.domain.StoredReading;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes stored readings on the readings topic and rejected records on the dead-letter topic, and waits for the
 * broker's acknowledgement of every record, so offsets are committed only after the output is durable.
 */
@Component
public class ReadingsPublisher {

    private final KafkaTemplate<String, byte[]> template;
    private final JsonMapper json;
    private final IngestProperties properties;
    private final Clock clock;

    ReadingsPublisher(
            KafkaTemplate<String, byte[]> template, JsonMapper json, IngestProperties properties, Clock clock) {
        this.template = template;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Publishes the readings. The event id is derived from series, instant and revision, so a batch replayed after a
     * crash republishes the same ids and consumers drop the duplicates.
     */
    public void publishAccepted(List<StoredReading> readings) {
        Instant now = clock.instant();
        List<CompletableFuture<?>> sends = new ArrayList<>(readings.size());
        for (StoredReading r : readings) {
            Reading event = new Reading(
                    eventId(r), now, r.seriesId(), r.timestamp(), r.value(), r.unit(), r.source(), r.revision());
            sends.add(send(properties.topics().readings(), event));
        }
        await(sends);
    }

    /** Publishes rejected records with their reason on the dead-letter topic. */
    public void publishRejected(List<RejectedReading> rejected) {
        List<CompletableFuture<?>> sends = new ArrayList<>(rejected.size());
        for (RejectedReading event : rejected) {
            sends.add(send(properties.topics().deadLetter(), event));
        }
        await(sends);
    }

    private CompletableFuture<?> send(String topic, LoadcastEvent event) {
        return template.send(topic, event.kafkaKey(), json.writeValueAsBytes(event));
    }

    private void await(List<CompletableFuture<?>> sends) {
        if (sends.isEmpty()) {
            return;
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.kafka().publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("the broker did not acknowledge " + sends.size() + " records", e);
        }
    }

    private static UUID eventId(StoredReading r) {
        String key = r.seriesId() + '|' + r.timestamp() + '|' + r.revision();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The output of a batch could not be published; the batch is retried, never skipped. */
    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
