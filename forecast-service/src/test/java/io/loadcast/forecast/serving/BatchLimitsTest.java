package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RunningServiceTest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Issue 15, limits: a keyless batch forecast is bounded in forecasts and in steps before any is computed. */
class BatchLimitsTest extends RunningServiceTest {

    @ParameterizedTest(name = "{0} forecasts of {1} steps")
    @CsvSource({"101, 4", "60, 96"})
    void refusesABatchOverTheLimitsWithAProblemNamingRequests(int count, int horizon) throws Exception {
        String one = "{\"seriesId\":\"ANY\",\"horizon\":" + horizon + "}";
        String body = "{\"requests\":[" + String.join(",", Collections.nCopies(count, one)) + "]}";

        HttpResponse<String> response = http.post("/api/v1/forecasts/batch", body, false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode problem = Http.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://loadcast.io/problems/batch-too-large");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("requests");
    }
}
