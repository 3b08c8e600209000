package io.loadcast.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.starter.testing.ServiceContractTest;
import java.util.Set;
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

    @Test
    void exposesTheMetersDashboardsAndAlertsReadFromStartup() throws Exception {
        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics)
                .contains("loadcast_forecast_live_error_count{")
                .contains("loadcast_forecast_live_error_sum{")
                .contains("loadcast_forecast_drift_events_total{application=\"loadcast.forecast\",statistic=\"KS\"}")
                .contains(
                        "loadcast_forecast_retrain_requests_total{application=\"loadcast.forecast\",reason=\"drift\"}")
                .contains("loadcast_forecast_serving_latency_seconds_count{")
                .contains("loadcast_forecast_serving_latency_seconds_max{");
    }

    @Override
    protected Set<String> rateLimitGroups() {
        return Set.of("forecasts", "training");
    }
}
