package io.loadcast.ingest.readings;

import io.loadcast.ingest.readings.domain.RejectReason;
import io.loadcast.ingest.readings.domain.WriteSummary;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The service meters of ingest-service (listed in the README). Every counter with a bounded tag set is registered at
 * startup with zero, so dashboards and alert ratios see a series before the first event instead of "no data".
 */
@Component
public class IngestMetrics {

    /** Steps of a raw-readings batch, timed to show where a batch spends its time. */
    public enum Phase {
        PARSE,
        VALIDATE,
        STORE,
        PUBLISH,
        DEAD_LETTER;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String RECEIVED = "loadcast.ingest.readings.received";
    private static final String STORED = "loadcast.ingest.readings.stored";
    private static final String REJECTED = "loadcast.ingest.readings.rejected";
    private static final String IMPORT_REJECTED = "loadcast.ingest.import.rows.rejected";

    private final MeterRegistry registry;
    private final DistributionSummary importRate;
    private final Map<Phase, Timer> phases = new EnumMap<>(Phase.class);

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.importRate = DistributionSummary.builder("loadcast.ingest.import.rows.per.second")
                .description("throughput of each NESO file import")
                .baseUnit("rows/s")
                .register(registry);
        for (Channel channel : Channel.values()) {
            counter(RECEIVED, "source", channel.tag());
            for (String outcome : new String[] {"inserted", "revised", "unchanged"}) {
                counter(STORED, "source", channel.tag(), "outcome", outcome);
            }
            for (RejectReason reason : RejectReason.values()) {
                counter(REJECTED, "source", channel.tag(), "reason", reason.name());
            }
        }
        counter("loadcast.ingest.import.rows", "source", Channel.NESO.tag());
        for (Phase phase : Phase.values()) {
            phases.put(
                    phase,
                    Timer.builder("loadcast.ingest.batch.phase")
                            .description("time a raw-readings batch spends in each step")
                            .tag("phase", phase.tag())
                            .register(registry));
        }
    }

    /** Registers the import reject reasons with zero (they are a closed set owned by the file reader). */
    public void declareImportRejectReasons(Collection<String> reasons) {
        reasons.forEach(reason -> counter(IMPORT_REJECTED, "reason", reason));
    }

    public void received(Channel channel, long count) {
        counter(RECEIVED, "source", channel.tag()).increment(count);
    }

    public void stored(Channel channel, WriteSummary summary) {
        counter(STORED, "source", channel.tag(), "outcome", "inserted").increment(summary.inserted());
        counter(STORED, "source", channel.tag(), "outcome", "revised").increment(summary.revised());
        counter(STORED, "source", channel.tag(), "outcome", "unchanged").increment(summary.unchanged());
    }

    public void rejected(Channel channel, RejectReason reason) {
        counter(REJECTED, "source", channel.tag(), "reason", reason.name()).increment();
    }

    /** Rows of a NESO file rejected, by a bounded reason code. */
    public void importRejected(String reason, long count) {
        counter(IMPORT_REJECTED, "reason", reason).increment(count);
    }

    public void imported(long rows, double seconds) {
        counter("loadcast.ingest.import.rows", "source", Channel.NESO.tag()).increment(rows);
        if (seconds > 0) {
            importRate.record(rows / seconds);
        }
    }

    /** Records how long a step of a raw-readings batch took. */
    public void phase(Phase phase, long nanos) {
        // the constructor registers a timer for every phase
        Objects.requireNonNull(phases.get(phase)).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
