package io.loadcast.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.starter.testing.ServiceContractTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForecastServiceTest extends ServiceContractTest {

    @Override
    protected String writePath() {
        return "/api/v1/forecasts";
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
