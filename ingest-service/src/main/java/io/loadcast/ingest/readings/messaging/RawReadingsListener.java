package io.loadcast.ingest.readings.messaging;

import io.loadcast.contracts.RejectedReading;
import io.loadcast.ingest.readings.Channel;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.IngestOutcome;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.Rejection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes raw readings a batch at a time: parse, validate, store, publish accepted readings and rejected records,
 * and only then return, after which the container commits the batch's offsets (ack mode BATCH). A crash anywhere
 * before the commit replays the batch, and the idempotent store makes the replay harmless. Bad records never throw:
 * they go to the dead-letter topic. Only infrastructure failures throw, and those are retried without end.
 */
@Component
class RawReadingsListener {

    static final String ID = "raw-readings";
    private static final Logger log = LoggerFactory.getLogger(RawReadingsListener.class);

    private final RawReadingParser parser;
    private final ReadingIngestion ingestion;
    private final ReadingsPublisher publisher;
    private final IngestMetrics metrics;
    private final Clock clock;

    RawReadingsListener(
            JsonMapper json,
            ReadingIngestion ingestion,
            ReadingsPublisher publisher,
            IngestMetrics metrics,
            Clock clock) {
        this.parser = new RawReadingParser(json);
        this.ingestion = ingestion;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    @KafkaListener(
            id = ID,
            topics = "${loadcast.ingest.topics.raw:grid.readings.raw.v1}",
            groupId = "${loadcast.ingest.consumer-group:ingest-service}",
            batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        long started = System.nanoTime();
        List<ReadingInput> inputs = new ArrayList<>(records.size());
        List<Integer> inputRecord = new ArrayList<>(records.size());
        List<RejectedReading> rejected = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            ParsedRecord parsed = parser.parse(record.value());
            if (parsed.reading() != null) {
                inputs.add(parsed.reading());
                inputRecord.add(i);
            } else {
                Rejection rejection = Objects.requireNonNull(parsed.rejection());
                metrics.received(Channel.KAFKA, 1);
                metrics.rejected(Channel.KAFKA, rejection.reason());
                rejected.add(deadLetter(record, rejection, parsed.seriesId()));
            }
        }
        metrics.phase(IngestMetrics.Phase.PARSE, System.nanoTime() - started);
        IngestOutcome outcome = ingestion.ingest(inputs, Channel.KAFKA);
        long deadLetters = System.nanoTime();
        for (Map.Entry<Integer, Rejection> entry : outcome.rejected().entrySet()) {
            ConsumerRecord<String, byte[]> record = records.get(inputRecord.get(entry.getKey()));
            rejected.add(deadLetter(
                    record, entry.getValue(), inputs.get(entry.getKey()).seriesId()));
        }
        publisher.publishRejected(rejected);
        metrics.phase(IngestMetrics.Phase.DEAD_LETTER, System.nanoTime() - deadLetters);
        log.debug(
                "batch of {}: {} stored ({}), {} rejected",
                records.size(),
                outcome.stored().size(),
                outcome.summary(),
                rejected.size());
    }

    private RejectedReading deadLetter(
            ConsumerRecord<String, byte[]> record, Rejection rejection, @Nullable String seriesId) {
        byte[] original = record.value() == null ? new byte[0] : record.value();
        return new RejectedReading(
                UUID.randomUUID(),
                clock.instant(),
                rejection.reason().name(),
                rejection.detail(),
                rejection.field(),
                seriesId,
                Base64.getEncoder().encodeToString(original),
                record.topic(),
                record.partition(),
                record.offset());
    }
}
