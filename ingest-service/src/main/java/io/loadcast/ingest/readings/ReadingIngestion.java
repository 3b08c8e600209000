package io.loadcast.ingest.readings;

import io.loadcast.ingest.IngestProperties;
import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.ingest.readings.domain.ReadingValidator;
import io.loadcast.ingest.readings.domain.Rejection;
import io.loadcast.ingest.readings.domain.Series;
import io.loadcast.ingest.readings.domain.StoredReading;
import io.loadcast.ingest.readings.domain.WriteSummary;
import io.loadcast.ingest.readings.messaging.ReadingsPublisher;
import io.loadcast.ingest.readings.messaging.ReadingsPublisher.Sent;
import io.loadcast.ingest.readings.store.ReadingWriter;
import io.loadcast.ingest.readings.store.StagedRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The way in for readings: validates each one, stores the good ones idempotently in one write and publishes them on
 * the readings topic, handing them to the producer once written and awaiting the broker's acks while the write
 * commits. Returns only once both are durable, so a caller that commits Kafka offsets afterwards loses nothing. A
 * crash (or a failed commit) after the hand-over may publish a batch that is then stored and published again on the
 * retry, with the same event ids: the output is at least once, as it always was for a crash before the offset commit.
 */
@Service
public class ReadingIngestion {

    private final SeriesCatalog catalog;
    private final ReadingWriter writer;
    private final ReadingsPublisher publisher;
    private final IngestMetrics metrics;
    private final ReadingValidator validator;

    ReadingIngestion(
            SeriesCatalog catalog,
            ReadingWriter writer,
            ReadingsPublisher publisher,
            IngestMetrics metrics,
            IngestProperties properties,
            Clock clock) {
        this.catalog = catalog;
        this.writer = writer;
        this.publisher = publisher;
        this.metrics = metrics;
        this.validator = new ReadingValidator(properties.validation(), clock);
    }

    /** Validates, stores and publishes a batch from a device channel; bad readings are reported by index. */
    public IngestOutcome ingest(List<ReadingInput> inputs, Channel channel) {
        long started = System.nanoTime();
        metrics.received(channel, inputs.size());
        SortedMap<Integer, Rejection> rejected = new TreeMap<>();
        List<ReadingInput> accepted = new ArrayList<>(inputs.size());
        List<StagedRow> rows = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            ReadingInput input = inputs.get(i);
            Series series = catalog.find(input.seriesId()).orElse(null);
            Rejection rejection = validator.check(input, series);
            if (rejection != null) {
                rejected.put(i, rejection);
                metrics.rejected(channel, rejection.reason());
                continue;
            }
            if (series == null) {
                series = catalog.ensure(input.seriesId(), input.unit(), "PT30M", "Europe/London", false);
            }
            accepted.add(input);
            rows.add(new StagedRow(series.key(), input.timestamp(), input.value(), input.source()));
        }
        long validated = System.nanoTime();
        metrics.phase(IngestMetrics.Phase.VALIDATE, validated - started);
        int[] revisions = new int[rows.size()];
        List<StoredReading> stored = new ArrayList<>(accepted.size());
        Sent[] sent = {null};
        long[] sending = {0};
        // the output goes to the broker as soon as the rows are written, so the broker's acks and the durable commit
        // are awaited at the same time; both are done before this returns (and before the caller commits offsets)
        Runnable publish = () -> {
            long start = System.nanoTime();
            for (int i = 0; i < accepted.size(); i++) {
                ReadingInput input = accepted.get(i);
                stored.add(new StoredReading(
                        input.seriesId(),
                        input.timestamp(),
                        input.value(),
                        input.unit(),
                        input.source(),
                        revisions[i]));
            }
            sent[0] = publisher.sendAccepted(stored);
            sending[0] = System.nanoTime() - start;
        };
        WriteSummary summary;
        if (rows.isEmpty()) {
            summary = WriteSummary.NONE;
        } else {
            summary = writer.write(rows, revisions, publish);
        }
        metrics.stored(channel, summary);
        long written = System.nanoTime();
        metrics.phase(IngestMetrics.Phase.STORE, written - validated - sending[0]);
        if (sent[0] != null) {
            sent[0].await();
        }
        metrics.phase(IngestMetrics.Phase.PUBLISH, System.nanoTime() - written + sending[0]);
        return new IngestOutcome(stored, rejected, summary);
    }

    /**
     * Stores readings an importer has already checked, into series it has registered, without publishing them: a
     * year of history on the live readings topic would look like a flood of new measurements to its consumers.
     */
    public WriteSummary storeImported(List<ReadingInput> readings, Channel channel) {
        List<StagedRow> rows = new ArrayList<>(readings.size());
        for (ReadingInput input : readings) {
            Series series = catalog.find(input.seriesId())
                    .orElseThrow(() -> new IllegalStateException("series " + input.seriesId() + " not registered"));
            rows.add(new StagedRow(series.key(), input.timestamp(), input.value(), input.source()));
        }
        metrics.received(channel, rows.size());
        WriteSummary summary = rows.isEmpty() ? WriteSummary.NONE : writer.write(rows, new int[0]);
        metrics.stored(channel, summary);
        return summary;
    }
}
