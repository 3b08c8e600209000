package io.loadcast.ingest.connectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code loadcast.ingest.connector.pulls{connector, outcome}}, registered with zero for every pair at startup. */
@Component
class ConnectorMetrics {

    static final String NESO = "neso";
    static final String OPEN_METEO = "open_meteo";

    private final MeterRegistry registry;

    ConnectorMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String connector : List.of(NESO, OPEN_METEO)) {
            for (String outcome : List.of(PullReport.SUCCESS, PullReport.FAILED, PullReport.MALFORMED)) {
                counter(connector, outcome);
            }
        }
    }

    PullReport count(PullReport report) {
        counter(report.connector(), report.outcome()).increment();
        return report;
    }

    private Counter counter(String connector, String outcome) {
        return Counter.builder("loadcast.ingest.connector.pulls")
                .description("scheduled pulls from public data APIs, by outcome")
                .tags("connector", connector, "outcome", outcome)
                .register(registry);
    }
}
