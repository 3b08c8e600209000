package io.loadcast.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.starter.testing.ServiceContractTest;
import org.junit.jupiter.api.Test;

@ForecastIntegrationTest
class ForecastServiceTest extends ServiceContractTest {

    @Override
    protected String writePath() {
        return "/api/v1/training-runs";
    }

    @Override
    protected String metricTag() {
        return "loadcast.forecast";
    }

    @Test
    void namesItselfInInfo() throws Exception {
        assertThat(JSON.readTree(get("/actuator/info").body())
                        .at("/build/artifact")
                        .asString())
                .isEqualTo("forecast-service");
    }
}
