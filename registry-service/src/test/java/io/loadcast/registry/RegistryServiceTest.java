package io.loadcast.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.starter.testing.ServiceContractTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RegistryIntegrationTest
class RegistryServiceTest extends ServiceContractTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesItsDataInItsOwnPostgresDatabase() throws Exception {
        assertThat(jdbc.queryForObject("select current_database()", String.class))
                .isEqualTo("registry");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class))
                .isGreaterThanOrEqualTo(1);
        assertThat(JSON.readTree(get("/actuator/health").body())
                        .at("/components/db/status")
                        .asString())
                .isEqualTo("UP");
    }

    @Override
    protected String writePath() {
        return "/api/2.0/mlflow/experiments/create";
    }

    @Override
    protected String metricTag() {
        return "loadcast.registry";
    }

    @Test
    void namesItselfInInfo() throws Exception {
        assertThat(JSON.readTree(get("/actuator/info").body())
                        .at("/build/artifact")
                        .asString())
                .isEqualTo("registry-service");
    }

    @Override
    protected Set<String> rateLimitGroups() {
        return Set.of("writes");
    }
}
