package io.loadcast.registry.access;

import static io.loadcast.registry.MlflowTestClient.mlflow;
import static io.loadcast.registry.MlflowTestClient.send;
import static io.loadcast.registry.RegistryTestEnvironment.EDIT_KEY;
import static io.loadcast.registry.RegistryTestEnvironment.MANAGE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.registry.RegistryIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.tracking.MlflowClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, medium findings: the all-roles key cannot be locked out, creating a resource does not give MANAGE,
 * permission rows die with their model, artifact writes obey the experiment's permissions, and a form-encoded
 * artifact upload is refused instead of storing 0 bytes.
 */
@RegistryIntegrationTest
class PermissionSemanticsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void keepsTheAllRolesKeyInWhenAResourceManagerDeniesIt() throws Exception {
        String model = createModel(MANAGE_KEY);
        grant("registered_model", model, "editor", "MANAGE", MANAGE_KEY);

        assertThat(grant("registered_model", model, "local", "NO_PERMISSIONS", EDIT_KEY)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> byAdmin = describe(model, MANAGE_KEY);

        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
    }

    @Test
    void givesAnEditKeyNoManageOnAModelItCreates() throws Exception {
        String model = createModel(EDIT_KEY);

        HttpResponse<String> policy = send(
                port,
                "PUT",
                "/api/v1/models/" + model + "/policy",
                EDIT_KEY,
                "{\"metricKey\": \"mape\", \"minImprovementPercent\": 0, \"requireApproval\": false}");

        assertThat(policy.statusCode()).as(policy.body()).isEqualTo(403);
    }

    @Test
    void dropsPermissionsWithTheModelSoARecreatedNameStartsClean() throws Exception {
        String model = createModel(MANAGE_KEY);
        grant("registered_model", model, "editor", "READ", MANAGE_KEY);
        assertThat(describe(model, EDIT_KEY).statusCode()).isEqualTo(403);

        HttpResponse<String> deleted = send(
                port,
                "DELETE",
                "/api/2.0/mlflow/registered-models/delete",
                MANAGE_KEY,
                "{\"name\": \"" + model + "\"}");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        createModel(MANAGE_KEY, model);

        assertThat(describe(model, EDIT_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesArtifactWritesToAnExperimentTheKeyMayNotEdit() throws Exception {
        MlflowClient manager = mlflow(port, MANAGE_KEY);
        String experiment = manager.createExperiment("owned-" + UUID.randomUUID());
        RunInfo run = manager.createRun(experiment);
        String path = run.getArtifactUri().substring("mlflow-artifacts:/".length()) + "/model/model.zip";
        assertThat(put(path, MANAGE_KEY, "application/octet-stream", "v1").statusCode())
                .isEqualTo(200);
        grant("experiment", experiment, "editor", "READ", MANAGE_KEY);

        HttpResponse<String> overwrite = put(path, EDIT_KEY, "application/octet-stream", "evil");
        HttpResponse<String> delete = HTTP.send(
                artifact(path)
                        .header("Authorization", "Bearer " + EDIT_KEY)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(overwrite.statusCode()).isEqualTo(403);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(HTTP.send(artifact(path).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body())
                .isEqualTo("v1");
    }

    @Test
    void refusesAFormEncodedArtifactUploadInsteadOfStoringNothing() throws Exception {
        MlflowClient editor = mlflow(port, EDIT_KEY);
        RunInfo run = editor.createRun(editor.createExperiment("form-" + UUID.randomUUID()));
        String path = run.getArtifactUri().substring("mlflow-artifacts:/".length()) + "/model.bin";

        HttpResponse<String> put = put(path, EDIT_KEY, "application/x-www-form-urlencoded", "a=1&b=2");

        assertThat(put.statusCode()).as(put.body()).isEqualTo(415);
        assertThat(HTTP.send(artifact(path).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }

    private String createModel(String key) throws Exception {
        return createModel(key, "perm-" + UUID.randomUUID());
    }

    private String createModel(String key, String model) throws Exception {
        HttpResponse<String> created =
                send(port, "POST", "/api/2.0/mlflow/registered-models/create", key, "{\"name\": \"" + model + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return model;
    }

    private HttpResponse<String> describe(String model, String key) throws Exception {
        return send(
                port,
                "PATCH",
                "/api/2.0/mlflow/registered-models/update",
                key,
                "{\"name\": \"" + model + "\", \"description\": \"d\"}");
    }

    private HttpResponse<String> grant(String type, String id, String keyName, String permission, String key)
            throws Exception {
        return send(
                port,
                "PUT",
                "/api/v1/permissions",
                key,
                "{\"resourceType\": \"" + type + "\", \"resourceId\": \"" + id + "\", \"keyName\": \"" + keyName
                        + "\", \"permission\": \"" + permission + "\"}");
    }

    private HttpResponse<String> put(String path, String key, String type, String body) throws Exception {
        return HTTP.send(
                artifact(path)
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", type)
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder artifact(String path) {
        return HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/2.0/mlflow-artifacts/artifacts/" + path));
    }
}
