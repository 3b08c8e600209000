package io.loadcast.ingest.readings.messaging;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.Channel;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.domain.RejectReason;
import io.loadcast.ingest.readings.domain.Rejection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.stereotype.Component;

/**
 * What happens to each record of a batch that still fails when the bounded retries give up: it goes to the dead-letter
 * topic as {@code PROCESSING_FAILED} (truncated like every dead letter, so it fits), with an ERROR log, and its
 * partition moves on. If even that publish fails (broker down), the error handler seeks back and the batch is tried
 * again, so a record is never skipped without a trace.
 */
@Component
class GiveUpRecoverer implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(GiveUpRecoverer.class);

    private final DeadLetters deadLetters;
    private final ReadingsPublisher publisher;
    private final IngestMetrics metrics;
    private final PartitionStalls stalls;
    private final IngestProperties properties;

    GiveUpRecoverer(
            DeadLetters deadLetters,
            ReadingsPublisher publisher,
            IngestMetrics metrics,
            PartitionStalls stalls,
            IngestProperties properties) {
        this.deadLetters = deadLetters;
        this.publisher = publisher;
        this.metrics = metrics;
        this.stalls = stalls;
        this.properties = properties;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception cause) {
        byte[] value = record.value() instanceof byte[] bytes ? bytes : new byte[0];
        ConsumerRecord<?, byte[]> raw =
                new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.key(), value);
        String detail =
                "still failing after retrying for " + properties.kafka().giveUpAfter() + ": " + rootCause(cause);
        publisher.publishRejected(
                List.of(deadLetters.of(raw, new Rejection(RejectReason.PROCESSING_FAILED, null, detail), null)));
        metrics.rejected(Channel.KAFKA, RejectReason.PROCESSING_FAILED);
        stalls.cleared(List.of(new TopicPartition(record.topic(), record.partition())));
        log.error(
                "dead-lettered {}-{}@{} after the retries gave up: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                detail);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}
