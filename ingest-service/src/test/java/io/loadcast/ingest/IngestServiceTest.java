package io.loadcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.starter.testing.ServiceContractTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IngestIntegrationTest
class IngestServiceTest extends ServiceContractTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesItsDataInItsOwnPostgresDatabase() throws Exception {
        assertThat(jdbc.queryForObject("select current_database()", String.class))
                .isEqualTo("ingest");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class))
                .isGreaterThanOrEqualTo(3);
        assertThat(JSON.readTree(get("/actuator/health").body())
                        .at("/components/db/status")
                        .asString())
                .isEqualTo("UP");
    }

    @Override
    protected String writePath() {
        return "/api/v1/readings";
    }

    @Override
    protected String metricTag() {
        return "loadcast.ingest";
    }

    /** Dashboards and the reject-ratio rule query these; a counter created lazily would be absent until first use. */
    @Test
    void exposesEveryDashboardCounterFromStartupWithBoundedTags() throws Exception {
        String scrape = get("/actuator/prometheus").body();
        assertThat(scrape)
                .containsPattern("loadcast_ingest_import_rows_rejected_total\\{[^}]*reason=\"CSV_SYNTAX\"")
                .containsPattern("loadcast_ingest_import_rows_rejected_total\\{[^}]*reason=\"NOT_UTF8\"")
                .containsPattern("loadcast_ingest_readings_received_total\\{[^}]*source=\"open_meteo\"")
                .containsPattern(
                        "loadcast_ingest_readings_rejected_total\\{[^}]*reason=\"UNIT_MISMATCH\",source=\"neso_api\"")
                .containsPattern("loadcast_ingest_readings_stored_total\\{[^}]*outcome=\"revised\",source=\"kafka\"")
                .containsPattern("loadcast_ingest_batch_phase_seconds_count\\{[^}]*phase=\"store\"")
                .containsPattern("loadcast_ingest_partition_stalled\\{[^}]*}")
                .containsPattern("loadcast_ingest_batch_failures_total\\{[^}]*}")
                .containsPattern(
                        "loadcast_ingest_readings_rejected_total\\{[^}]*reason=\"RECORD_TOO_LARGE\",source=\"kafka\"");
    }

    @Test
    void namesItselfInInfo() throws Exception {
        assertThat(JSON.readTree(get("/actuator/info").body())
                        .at("/build/artifact")
                        .asString())
                .isEqualTo("ingest-service");
    }

    @Override
    protected Set<String> rateLimitGroups() {
        return Set.of("writes");
    }
}
