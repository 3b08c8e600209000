package io.loadcast.ingest.readings.messaging;

import io.loadcast.contracts.RejectedReading;
import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.domain.StoredReading;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
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
        StringBuilder now = new StringBuilder(32);
        ReadingEventJson.appendInstant(now, clock.instant());
        String occurredAt = now.toString();
        String topic = properties.topics().readings();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(readings.size());
        for (StoredReading r : readings) {
            byte[] event = ReadingEventJson.write(
                    eventId(r), occurredAt, r.seriesId(), r.timestamp(), r.value(), r.unit(), r.source(), r.revision());
            records.add(new ProducerRecord<>(topic, r.seriesId(), event));
        }
        sendAll(records);
    }

    /** Publishes rejected records with their reason on the dead-letter topic. */
    public void publishRejected(List<RejectedReading> rejected) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(rejected.size());
        for (RejectedReading event : rejected) {
            records.add(new ProducerRecord<>(
                    properties.topics().deadLetter(), event.kafkaKey(), json.writeValueAsBytes(event)));
        }
        sendAll(records);
    }

    /**
     * Hands every record to the producer with one shared callback (not a future per record), flushes once, and waits
     * until the broker has acknowledged all of them (acks=all); the first failure fails the whole batch.
     */
    private void sendAll(List<ProducerRecord<String, byte[]>> events) {
        if (events.isEmpty()) {
            return;
        }
        CountDownLatch acks = new CountDownLatch(events.size());
        AtomicReference<Exception> failure = new AtomicReference<>();
        Callback callback = (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
            acks.countDown();
        };
        template.execute(producer -> {
            for (ProducerRecord<String, byte[]> event : events) {
                producer.send(event, callback);
            }
            // send what is buffered now instead of waiting for linger.ms: the batch is complete
            producer.flush();
            return null;
        });
        try {
            if (!acks.await(properties.kafka().publishTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PublishFailedException(
                        "the broker did not acknowledge " + events.size() + " records in time", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while publishing", e);
        }
        Exception failed = failure.get();
        if (failed != null) {
            throw new PublishFailedException("the broker refused records of a batch of " + events.size(), failed);
        }
    }

    private static UUID eventId(StoredReading r) {
        String key = r.seriesId() + '|' + r.timestamp() + '|' + r.revision();
        return ReadingEventJson.nameUuid(key);
    }

    /** The output of a batch could not be published; the batch is retried, never skipped. */
    public static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
