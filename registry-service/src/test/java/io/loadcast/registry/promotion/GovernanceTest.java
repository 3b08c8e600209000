package io.loadcast.registry.promotion;

import static io.loadcast.registry.MlflowTestClient.json;
import static io.loadcast.registry.MlflowTestClient.mlflow;
import static io.loadcast.registry.MlflowTestClient.send;
import static io.loadcast.registry.RegistryTestEnvironment.EDIT_KEY;
import static io.loadcast.registry.RegistryTestEnvironment.MANAGE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.registry.RegistryIntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlflow.tracking.MlflowClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, finding 3 (approval bypass): on a model with a promotion policy the champion alias and canary traffic
 * go only to versions the policy cleared, unless a MANAGE key overrides with a reason, which is audited.
 */
@RegistryIntegrationTest
class GovernanceTest {

    @LocalServerPort
    int port;

    MlflowClient client;
    String model;
    String experimentId;

    @BeforeEach
    void setUp() throws Exception {
        client = mlflow(port, EDIT_KEY);
        model = "gov-" + UUID.randomUUID();
        experimentId = client.createExperiment("exp-" + model);
        mlflow(port, MANAGE_KEY).sendPost("registered-models/create", "{\"name\": \"" + model + "\"}");
    }

    @Test
    void refusesARejectedVersionAsChampionThroughTheMlflowAliasEndpoint() throws Exception {
        String[] versions = championAndRejected();

        HttpResponse<String> byEditor = setChampion(versions[1], EDIT_KEY);
        HttpResponse<String> byManagerWithoutReason = setChampion(versions[1], MANAGE_KEY);

        assertThat(byEditor.statusCode()).as(byEditor.body()).isEqualTo(403);
        assertThat(json(byEditor.body()).path("error_code").asString()).isEqualTo("PERMISSION_DENIED");
        assertThat(byManagerWithoutReason.statusCode()).isEqualTo(403);
        assertThat(champion()).isEqualTo(versions[0]);
    }

    @Test
    void givesNoCanaryTrafficToARejectedVersionThroughEdit() throws Exception {
        String[] versions = championAndRejected();
        String everything =
                "{\"version\": \"" + versions[1] + "\", \"share\": 1.0, \"marginPercent\": 10," + " \"windowSize\": 3}";

        HttpResponse<String> byEditor = send(port, "PUT", "/api/v1/models/" + model + "/canary", EDIT_KEY, everything);

        assertThat(byEditor.statusCode()).as(byEditor.body()).isEqualTo(403);
        assertThat(send(port, "GET", "/api/v1/models/" + model + "/canary", null, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void letsAManageKeyOverrideWithAReasonAndAuditsIt() throws Exception {
        String[] versions = championAndRejected();
        String path = "/api/v1/models/" + model + "/versions/" + versions[1] + "/override";
        String reason = "{\"reason\": \"storm week: v" + versions[1] + " handles the wind ramp\"}";

        HttpResponse<String> byEditor = send(port, "POST", path, EDIT_KEY, reason);
        HttpResponse<String> noReason = send(port, "POST", path, MANAGE_KEY, "{\"reason\": \"\"}");
        HttpResponse<String> byManager = send(port, "POST", path, MANAGE_KEY, reason);

        assertThat(byEditor.statusCode()).isEqualTo(403);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(byManager.statusCode()).as(byManager.body()).isEqualTo(200);
        assertThat(json(byManager.body()).path("status").asString()).isEqualTo("OVERRIDDEN");
        assertThat(champion()).isEqualTo(versions[1]);
        JsonNode entry = json(send(port, "GET", "/api/v1/audit?model=" + model, null, null)
                        .body())
                .path("entries")
                .valueStream()
                .filter(e -> e.path("action").asString().equals("PROMOTION_OVERRIDDEN"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.path("actor").asString()).isEqualTo("local");
        assertThat(entry.toString()).contains("storm week");
    }

    @Test
    void letsAManageKeyCanaryARejectedVersionOnlyWithAReason() throws Exception {
        String[] versions = championAndRejected();
        String body = "{\"version\": \"" + versions[1] + "\", \"share\": 0.2, \"marginPercent\": 10, \"windowSize\": 3";

        HttpResponse<String> noReason =
                send(port, "PUT", "/api/v1/models/" + model + "/canary", MANAGE_KEY, body + "}");
        HttpResponse<String> withReason = send(
                port,
                "PUT",
                "/api/v1/models/" + model + "/canary",
                MANAGE_KEY,
                body + ", \"overrideReason\": \"compare live\"}");

        assertThat(noReason.statusCode()).isEqualTo(403);
        assertThat(withReason.statusCode()).as(withReason.body()).isEqualTo(200);
        assertThat(send(port, "GET", "/api/v1/audit?model=" + model, null, null).body())
                .contains("CANARY_OVERRIDE");
    }

    /** v1 promoted as first champion, v2 rejected by a policy asking 5 % improvement. */
    private String[] championAndRejected() throws Exception {
        HttpResponse<String> policy = send(
                port,
                "PUT",
                "/api/v1/models/" + model + "/policy",
                MANAGE_KEY,
                "{\"metricKey\": \"mape\", \"minImprovementPercent\": 5, \"requireApproval\": false}");
        assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
        String v1 = version(10.0);
        assertThat(evaluate(v1)).isEqualTo("PROMOTED");
        String v2 = version(12.0);
        assertThat(evaluate(v2)).isEqualTo("REJECTED");
        return new String[] {v1, v2};
    }

    private String version(double mape) {
        String runId = client.createRun(experimentId).getRunId();
        client.logMetric(runId, "mape", mape);
        // seasonal-naive on the same origins, which a first version must beat by the policy's margin
        client.logMetric(runId, "baseline_mape", 20.0);
        client.setTag(runId, "loadcast.dataset_hash", "sha256:d1");
        return json(client.sendPost(
                        "model-versions/create",
                        "{\"name\": \"" + model + "\", \"source\": \"mlflow-artifacts:/m\", \"run_id\": \"" + runId
                                + "\"}"))
                .at("/model_version/version")
                .asString();
    }

    private String evaluate(String version) throws Exception {
        return json(send(
                                port,
                                "POST",
                                "/api/v1/models/" + model + "/versions/" + version + "/promotion",
                                EDIT_KEY,
                                null)
                        .body())
                .path("status")
                .asString();
    }

    private HttpResponse<String> setChampion(String version, String key) throws Exception {
        return send(
                port,
                "POST",
                "/api/2.0/mlflow/registered-models/alias",
                key,
                "{\"name\": \"" + model + "\", \"alias\": \"champion\", \"version\": \"" + version + "\"}");
    }

    private String champion() {
        return json(client.sendGet("registered-models/alias?name=" + model + "&alias=champion"))
                .at("/model_version/version")
                .asString();
    }
}
