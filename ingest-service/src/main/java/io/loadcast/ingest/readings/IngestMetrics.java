package io.loadcast.ingest.readings;

import io.loadcast.ingest.readings.domain.RejectReason;
import io.loadcast.ingest.readings.domain.WriteSummary;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The service meters of ingest-service (listed in the README). */
@Component
public class IngestMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary importRate;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.importRate = DistributionSummary.builder("loadcast.ingest.import.rows.per.second")
                .description("throughput of each NESO file import")
                .baseUnit("rows/s")
                .register(registry);
    }

    public void received(Channel channel, long count) {
        counter("loadcast.ingest.readings.received", "source", channel.tag()).increment(count);
    }

    public void stored(Channel channel, WriteSummary summary) {
        counter("loadcast.ingest.readings.stored", "source", channel.tag(), "outcome", "inserted")
                .increment(summary.inserted());
        counter("loadcast.ingest.readings.stored", "source", channel.tag(), "outcome", "revised")
                .increment(summary.revised());
        counter("loadcast.ingest.readings.stored", "source", channel.tag(), "outcome", "unchanged")
                .increment(summary.unchanged());
    }

    public void rejected(Channel channel, RejectReason reason) {
        counter("loadcast.ingest.readings.rejected", "source", channel.tag(), "reason", reason.name())
                .increment();
    }

    /** Rows of a NESO file rejected, by a bounded reason code. */
    public void importRejected(String reason, long count) {
        counter("loadcast.ingest.import.rows.rejected", "reason", reason).increment(count);
    }

    public void imported(long rows, double seconds) {
        counter("loadcast.ingest.import.rows", "source", Channel.NESO.tag()).increment(rows);
        if (seconds > 0) {
            importRate.record(rows / seconds);
        }
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
