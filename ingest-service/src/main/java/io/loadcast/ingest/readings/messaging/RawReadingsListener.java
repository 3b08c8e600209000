package io.loadcast.ingest.readings.messaging;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.Channel;
import io.loadcast.ingest.readings.IngestMetrics;
import io.loadcast.ingest.readings.IngestOutcome;
import io.loadcast.ingest.readings.ReadingIngestion;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.RejectReason;
import io.loadcast.ingest.readings.domain.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
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
 * they go to the dead-letter topic (records beyond the size cap unread). Only infrastructure failures throw; those are
 * retried with a bounded back-off (see {@link KafkaSetup}) and tracked by {@link PartitionStalls}.
 */
@Component
class RawReadingsListener {

    static final String ID = "raw-readings";
    private static final Logger log = LoggerFactory.getLogger(RawReadingsListener.class);

    private final RawReadingParser parser;
    private final ReadingIngestion ingestion;
    private final ReadingsPublisher publisher;
    private final IngestMetrics metrics;
    private final DeadLetters deadLetters;
    private final PartitionStalls stalls;
    private final int maxRecordBytes;

    RawReadingsListener(
            JsonMapper json,
            ReadingIngestion ingestion,
            ReadingsPublisher publisher,
            IngestMetrics metrics,
            DeadLetters deadLetters,
            PartitionStalls stalls,
            IngestProperties properties) {
        this.parser = new RawReadingParser(json);
        this.ingestion = ingestion;
        this.publisher = publisher;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
        this.stalls = stalls;
        this.maxRecordBytes = properties.kafka().maxRecordBytes();
    }

    @KafkaListener(
            id = ID,
            topics = "${loadcast.ingest.topics.raw:grid.readings.raw.v1}",
            groupId = "${loadcast.ingest.consumer-group:ingest-service}",
            batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        Set<TopicPartition> partitions = new LinkedHashSet<>();
        records.forEach(r -> partitions.add(new TopicPartition(r.topic(), r.partition())));
        try {
            handle(records);
        } catch (RuntimeException e) {
            stalls.failed(partitions, e);
            throw e;
        }
        stalls.cleared(partitions);
    }

    private void handle(List<ConsumerRecord<String, byte[]>> records) {
        long started = System.nanoTime();
        List<ReadingInput> inputs = new ArrayList<>(records.size());
        List<Integer> inputRecord = new ArrayList<>(records.size());
        List<DeadLetters.DeadLetter> rejected = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            ParsedRecord parsed = parse(record.value());
            if (parsed.reading() != null) {
                inputs.add(parsed.reading());
                inputRecord.add(i);
            } else {
                Rejection rejection = Objects.requireNonNull(parsed.rejection());
                metrics.received(Channel.KAFKA, 1);
                metrics.rejected(Channel.KAFKA, rejection.reason());
                rejected.add(deadLetters.of(record, rejection, parsed.seriesId()));
            }
        }
        metrics.phase(IngestMetrics.Phase.PARSE, System.nanoTime() - started);
        IngestOutcome outcome = ingestion.ingest(inputs, Channel.KAFKA);
        long deadLetterStart = System.nanoTime();
        for (Map.Entry<Integer, Rejection> entry : outcome.rejected().entrySet()) {
            ConsumerRecord<String, byte[]> record = records.get(inputRecord.get(entry.getKey()));
            rejected.add(deadLetters.of(
                    record, entry.getValue(), inputs.get(entry.getKey()).seriesId()));
        }
        publisher.publishRejected(rejected);
        metrics.phase(IngestMetrics.Phase.DEAD_LETTER, System.nanoTime() - deadLetterStart);
        log.debug(
                "batch of {}: {} stored ({}), {} rejected",
                records.size(),
                outcome.stored().size(),
                outcome.summary(),
                rejected.size());
    }

    /** A record beyond the size cap is not even parsed: reading a megabyte of JSON per record is a cheap attack. */
    private ParsedRecord parse(byte @Nullable [] value) {
        if (value != null && value.length > maxRecordBytes) {
            return ParsedRecord.failed(
                    new Rejection(
                            RejectReason.RECORD_TOO_LARGE,
                            null,
                            "record of " + value.length + " bytes exceeds the limit of " + maxRecordBytes + " bytes"),
                    null);
        }
        return parser.parse(value);
    }
}
