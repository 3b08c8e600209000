package io.loadcast.registry.mlflow;

import static io.loadcast.registry.MlflowTestClient.json;
import static io.loadcast.registry.MlflowTestClient.mlflow;
import static io.loadcast.registry.MlflowTestClient.send;
import static io.loadcast.registry.RegistryTestEnvironment.EDIT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.registry.RegistryIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlflow.tracking.MlflowClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, low findings: input that answered a 500 with a stack trace now gets a 400 naming what is wrong (MLflow's
 * error body on MLflow paths, as MLflow clients parse it; RFC 9457 elsewhere).
 */
@RegistryIntegrationTest
class HostileInputTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"name IN (", "name IN ('a',", "name IN (a)", "tags.x IN ("})
    void refusesAnUnfinishedInListInARegistrySearch(String filter) throws Exception {
        HttpResponse<String> response = send(
                port,
                "GET",
                "/api/2.0/mlflow/registered-models/search?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8),
                null,
                null);

        assertInvalid(response, "filter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name = 5", "creation_time > 'yesterday'", "tags.owner = 3"})
    void refusesAValueOfTheWrongTypeInAnExperimentSearch(String filter) throws Exception {
        HttpResponse<String> response = send(
                port,
                "POST",
                "/api/2.0/mlflow/experiments/search",
                null,
                "{\"max_results\": 10, \"filter\": \"" + filter.replace("'", "\\u0027") + "\"}");

        assertInvalid(response, "filter");
    }

    @Test
    void listsTheArtifactRootForDotPath() throws Exception {
        HttpResponse<String> response = send(port, "GET", "/api/2.0/mlflow-artifacts/artifacts?path=.", null, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void refusesANulCharacterInATagValue() throws Exception {
        String runId = run();

        HttpResponse<String> response = send(
                port,
                "POST",
                "/api/2.0/mlflow/runs/set-tag",
                EDIT_KEY,
                "{\"run_id\": \"" + runId + "\", \"key\": \"owner\", \"value\": \"a\\u0000b\"}");

        assertInvalid(response, "NUL");
    }

    @Test
    void refusesANullMetricInALogBatch() throws Exception {
        String runId = run();

        HttpResponse<String> response = send(
                port,
                "POST",
                "/api/2.0/mlflow/runs/log-batch",
                EDIT_KEY,
                "{\"run_id\": \"" + runId + "\", \"metrics\": [null]}");

        assertInvalid(response, "metrics[0]");
    }

    @Test
    void refusesATruncatedMultipartBody() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/2.0/mlflow/runs/log-batch"))
                        .header("Authorization", "Bearer " + EDIT_KEY)
                        .header("Content-Type", "multipart/form-data; boundary=XyZ")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    }

    @Test
    void answersAnEncodedSlashWithAProblemNotTomcatsPage() throws Exception {
        HttpResponse<String> response = send(port, "GET", "/api/v1/models/a%2Fb/policy", null, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response.body()).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void refusesABodyOverTheLimitBeforeReadingIt() throws Exception {
        HttpResponse<String> response = send(
                port,
                "POST",
                "/api/2.0/mlflow/experiments/create",
                EDIT_KEY,
                "{\"name\": \"" + "x".repeat(1536 * 1024) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response.body()).path("type").asString())
                .isEqualTo("https://loadcast.io/problems/payload-too-large");
    }

    private String run() {
        MlflowClient client = mlflow(port, EDIT_KEY);
        return client.createRun(client.createExperiment("hostile-" + UUID.randomUUID()))
                .getRunId();
    }

    private static void assertInvalid(HttpResponse<String> response, String named) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response.body()).path("error_code").asString()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(json(response.body()).path("message").asString()).contains(named);
    }
}
