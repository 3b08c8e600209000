package io.loadcast.ingest.readings.messaging;

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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes stored readings on the readings topic and rejected records on the dead-letter topic. Every record's
 * acknowledgement is awaited (by the caller, through {@link Sent}, for readings; here for rejects), so offsets are
 * committed only after the output is durable.
 */
@Component
public class ReadingsPublisher {

    private final KafkaTemplate<String, byte[]> template;
    private final IngestProperties properties;
    private final Clock clock;

    ReadingsPublisher(KafkaTemplate<String, byte[]> template, IngestProperties properties, Clock clock) {
        this.template = template;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Hands the readings to the producer without waiting, so the caller can commit its store write meanwhile; it must
     * call {@link Sent#await()} before it counts the readings as published. The event id is derived from series,
     * instant and revision, so a batch replayed after a crash republishes the same ids and consumers drop the
     * duplicates.
     */
    public Sent sendAccepted(List<StoredReading> readings) {
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
        return send(records);
    }

    /** Publishes rejected records with their reason on the dead-letter topic and waits for the acknowledgements. */
    void publishRejected(List<DeadLetters.DeadLetter> rejected) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(rejected.size());
        for (DeadLetters.DeadLetter letter : rejected) {
            records.add(new ProducerRecord<>(properties.topics().deadLetter(), letter.key(), letter.value()));
        }
        send(records).await();
    }

    /**
     * Hands every record to the producer with one shared callback (not a future per record), and does not flush: a
     * flush blocks until the broker has acknowledged every record of the shared producer, so it waits in {@link
     * Sent#await()}, after the caller's commit.
     */
    private Sent send(List<ProducerRecord<String, byte[]>> events) {
        Sent sent = new Sent(events.size(), properties.kafka().publishTimeout().toMillis(), template::flush);
        if (events.isEmpty()) {
            return sent;
        }
        template.execute(producer -> {
            for (ProducerRecord<String, byte[]> event : events) {
                producer.send(event, sent);
            }
            return sent;
        });
        return sent;
    }

    /** Records handed to the producer; {@link #await()} returns once the broker acknowledged all (acks=all). */
    public static final class Sent implements Callback {

        private final CountDownLatch acks;
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private final long timeoutMillis;
        private final Runnable flush;

        private Sent(int count, long timeoutMillis, Runnable flush) {
            this.acks = new CountDownLatch(count);
            this.timeoutMillis = timeoutMillis;
            this.flush = flush;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, @Nullable Exception e) {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
            acks.countDown();
        }

        /** Waits for every acknowledgement; the first failure (or a timeout) fails the whole batch. */
        public void await() {
            if (acks.getCount() > 0) {
                // sends what still lingers in the producer's buffers now instead of after linger.ms
                flush.run();
            }
            try {
                if (!acks.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
                    throw new PublishFailedException(
                            "the broker did not acknowledge " + acks.getCount() + " records in time", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishFailedException("interrupted while publishing", e);
            }
            Exception failed = failure.get();
            if (failed != null) {
                throw new PublishFailedException("the broker refused records of a batch", failed);
            }
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
