package io.loadcast.registry.artifacts;

import static io.loadcast.registry.MlflowTestClient.json;
import static io.loadcast.registry.MlflowTestClient.mlflow;
import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.registry.RegistryIntegrationTest;
import io.loadcast.registry.RegistryTestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.tracking.MlflowClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/**
 * Artifacts uploaded over MLflow's artifact proxy API land in a real S3-protocol server (s3proxy) and come back
 * byte for byte with their checksum; the run's artifacts/list sees them.
 */
@RegistryIntegrationTest
class ArtifactRoundTripTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void uploadsToS3DownloadsAndListsRunArtifacts() throws Exception {
        MlflowClient client = mlflow(port, RegistryTestEnvironment.EDIT_KEY);
        RunInfo run = client.createRun(client.createExperiment("artifacts-" + System.nanoTime()));
        String root = run.getArtifactUri().substring("mlflow-artifacts:/".length());
        byte[] model = new byte[300_000];
        new Random(42).nextBytes(model);
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model));

        HttpResponse<String> put = HTTP.send(
                request(root + "/model/model.zip")
                        .header("Authorization", "Bearer " + RegistryTestEnvironment.EDIT_KEY)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(model))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        HTTP.send(
                request(root + "/MLmodel")
                        .header("Authorization", "Bearer " + RegistryTestEnvironment.EDIT_KEY)
                        .PUT(HttpRequest.BodyPublishers.ofString("flavors: {}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        HttpResponse<byte[]> get =
                HTTP.send(request(root + "/model/model.zip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo(model);
        assertThat(get.headers().firstValue("X-Artifact-Sha256")).hasValue(sha256);

        try (S3Client s3 = RegistryTestEnvironment.s3Client(RegistryTestEnvironment.s3Endpoint())) {
            assertThat(s3.headObject(b ->
                                    b.bucket(RegistryTestEnvironment.BUCKET).key("mlflow/" + root + "/model/model.zip"))
                            .contentLength())
                    .isEqualTo(model.length);
        }

        JsonNode listed = json(client.sendGet("artifacts/list?run_id=" + run.getRunId()));
        assertThat(listed.path("root_uri").asString()).isEqualTo(run.getArtifactUri());
        assertThat(listed.path("files").get(0).path("path").asString()).isEqualTo("MLmodel");
        assertThat(listed.path("files").get(1).path("path").asString()).isEqualTo("model");
        assertThat(listed.path("files").get(1).path("is_dir").asBoolean()).isTrue();
        JsonNode nested = json(client.sendGet("artifacts/list?run_id=" + run.getRunId() + "&path=model"));
        assertThat(nested.path("files").get(0).path("path").asString()).isEqualTo("model/model.zip");
        assertThat(nested.path("files").get(0).path("file_size").asLong()).isEqualTo(model.length);
    }

    @Test
    void answersMissingArtifactWithResourceDoesNotExist() throws Exception {
        HttpResponse<String> response =
                HTTP.send(request("0/none/artifacts/absent.bin").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response.body()).path("error_code").asString()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/2.0/mlflow-artifacts/artifacts/" + path));
    }
}
