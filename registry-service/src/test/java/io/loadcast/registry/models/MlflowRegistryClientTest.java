package io.loadcast.registry.models;

import static io.loadcast.registry.MlflowTestClient.json;
import static io.loadcast.registry.MlflowTestClient.mlflow;
import static io.loadcast.registry.MlflowTestClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.registry.RegistryIntegrationTest;
import io.loadcast.registry.RegistryTestEnvironment;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlflow.api.proto.ModelRegistry.ModelVersion;
import org.mlflow.api.proto.ModelRegistry.RegisteredModel;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Registry writes through the MLflow client's sendPost/sendPatch (it has no typed writes), reads through its API. */
@RegistryIntegrationTest
class MlflowRegistryClientTest {

    @LocalServerPort
    int port;

    MlflowClient client;
    String model;
    String runId;

    @BeforeEach
    void registerModel() {
        client = mlflow(port, RegistryTestEnvironment.EDIT_KEY);
        model = "demand-" + UUID.randomUUID();
        runId = client.createRun(client.createExperiment("exp-" + model)).getRunId();
        client.sendPost(
                "registered-models/create",
                "{\"name\": \"" + model + "\", \"description\": \"day-ahead\", \"tags\": [{\"key\": \"grid\","
                        + " \"value\": \"GB\"}]}");
    }

    private String createVersion() {
        String body = client.sendPost(
                "model-versions/create",
                "{\"name\": \"" + model + "\", \"source\": \"mlflow-artifacts:/1/" + runId + "/artifacts/model\","
                        + " \"run_id\": \"" + runId + "\"}");
        return json(body).at("/model_version/version").asString();
    }

    @Test
    void createsVersionsNumberedFromOneAndReadsThemWithTheClient() {
        assertThat(createVersion()).isEqualTo("1");
        assertThat(createVersion()).isEqualTo("2");

        ModelVersion v2 = client.getModelVersion(model, "2");
        assertThat(v2.getRunId()).isEqualTo(runId);
        assertThat(v2.getCurrentStage()).isEqualTo("None");
        assertThat(v2.getStatus().name()).isEqualTo("READY");
        assertThat(client.getModelVersionDownloadUri(model, "1")).endsWith("/artifacts/model");

        RegisteredModel registered = client.getRegisteredModel(model);
        assertThat(registered.getDescription()).isEqualTo("day-ahead");
        assertThat(registered.getTags(0).getKey()).isEqualTo("grid");
        assertThat(registered.getLatestVersionsList())
                .extracting(ModelVersion::getVersion)
                .containsExactly("2");
        assertThat(client.searchModelVersions("name = '" + model + "'").getItems())
                .extracting(ModelVersion::getVersion)
                .containsExactly("2", "1");
        assertThat(client.searchModelVersions("run_id = '" + runId + "'").getItems())
                .hasSize(2);
    }

    @Test
    void transitionsStagesArchivingTheFormerProductionVersion() {
        createVersion();
        createVersion();
        client.sendPost(
                "model-versions/transition-stage",
                "{\"name\": \"" + model + "\", \"version\": \"1\", \"stage\": \"production\"}");
        client.sendPost(
                "model-versions/transition-stage",
                "{\"name\": \"" + model
                        + "\", \"version\": \"2\", \"stage\": \"Production\", \"archive_existing_versions\": true}");

        assertThat(client.getModelVersion(model, "1").getCurrentStage()).isEqualTo("Archived");
        assertThat(client.getLatestVersions(model, List.of("Production")))
                .extracting(ModelVersion::getVersion)
                .containsExactly("2");
    }

    @Test
    void setsReadsMovesAndDeletesAliases() throws Exception {
        createVersion();
        createVersion();
        client.sendPost("registered-models/alias", aliasBody("champion", "1"));
        client.sendPost("registered-models/alias", aliasBody("champion", "2"));

        JsonNode byAlias = json(client.sendGet("registered-models/alias?name=" + model + "&alias=champion"));
        assertThat(byAlias.at("/model_version/version").asString()).isEqualTo("2");
        assertThat(client.getModelVersion(model, "2").getAliasesList()).containsExactly("champion");
        assertThat(client.getRegisteredModel(model).getAliasesList())
                .singleElement()
                .satisfies(a -> assertThat(a.getVersion()).isEqualTo("2"));

        HttpResponse<String> deleted = send(
                port,
                "DELETE",
                "/api/2.0/mlflow/registered-models/alias",
                RegistryTestEnvironment.EDIT_KEY,
                "{\"name\": \"" + model + "\", \"alias\": \"champion\"}");
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> client.sendGet("registered-models/alias?name=" + model + "&alias=champion"))
                .isInstanceOfSatisfying(
                        MlflowHttpException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    @Test
    void updatesRenamesTagsAndDeletesThroughPatchAndDelete() throws Exception {
        createVersion();
        client.sendPatch("registered-models/update", "{\"name\": \"" + model + "\", \"description\": \"v2 desc\"}");
        client.sendPatch(
                "model-versions/update",
                "{\"name\": \"" + model + "\", \"version\": \"1\", \"description\": \"lstm\"}");
        client.sendPost(
                "model-versions/set-tag",
                "{\"name\": \"" + model + "\", \"version\": \"1\", \"key\": \"validated\", \"value\": \"yes\"}");
        client.sendPost(
                "registered-models/rename", "{\"name\": \"" + model + "\", \"new_name\": \"" + model + "-renamed\"}");

        ModelVersion renamed = client.getModelVersion(model + "-renamed", "1");
        assertThat(renamed.getDescription()).isEqualTo("lstm");
        assertThat(renamed.getTags(0).getValue()).isEqualTo("yes");
        assertThat(client.getRegisteredModel(model + "-renamed").getDescription())
                .isEqualTo("v2 desc");

        HttpResponse<String> deleted = send(
                port,
                "DELETE",
                "/api/2.0/mlflow/registered-models/delete?name=" + model + "-renamed",
                RegistryTestEnvironment.MANAGE_KEY,
                null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> client.getRegisteredModel(model + "-renamed"))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getBodyMessage()).contains("RESOURCE_DOES_NOT_EXIST");
                });
    }

    @Test
    void refusesDeletingAModelOfAnotherKeyWithOnlyEditPermission() throws Exception {
        String managersModel = model + "-managed";
        mlflow(port, RegistryTestEnvironment.MANAGE_KEY)
                .sendPost("registered-models/create", "{\"name\": \"" + managersModel + "\"}");

        HttpResponse<String> response = send(
                port,
                "DELETE",
                "/api/2.0/mlflow/registered-models/delete",
                RegistryTestEnvironment.EDIT_KEY,
                "{\"name\": \"" + managersModel + "\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response.body()).path("error_code").asString()).isEqualTo("PERMISSION_DENIED");
    }

    @Test
    void answersDuplicateModelAndMissingVersionWithMlflowErrors() {
        assertThatThrownBy(() -> client.sendPost("registered-models/create", "{\"name\": \"" + model + "\"}"))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getBodyMessage()).contains("RESOURCE_ALREADY_EXISTS");
                });
        assertThatThrownBy(() -> client.getModelVersion(model, "9"))
                .isInstanceOfSatisfying(
                        MlflowHttpException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThatThrownBy(() -> client.sendPost("registered-models/alias", aliasBody("latest", "1")))
                .isInstanceOfSatisfying(
                        MlflowHttpException.class,
                        e -> assertThat(e.getBodyMessage()).contains("INVALID_PARAMETER_VALUE"));
    }

    private String aliasBody(String alias, String version) {
        return "{\"name\": \"" + model + "\", \"alias\": \"" + alias + "\", \"version\": \"" + version + "\"}";
    }
}
