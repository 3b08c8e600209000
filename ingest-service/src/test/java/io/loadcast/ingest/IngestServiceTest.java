package io.loadcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.starter.testing.ServiceContractTest;
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

    @Test
    void namesItselfInInfo() throws Exception {
        assertThat(JSON.readTree(get("/actuator/info").body())
                        .at("/build/artifact")
                        .asString())
                .isEqualTo("ingest-service");
    }
}
