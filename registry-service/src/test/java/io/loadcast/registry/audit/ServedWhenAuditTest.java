package io.loadcast.registry.audit;

import static io.loadcast.registry.MlflowTestClient.json;
import static io.loadcast.registry.MlflowTestClient.mlflow;
import static io.loadcast.registry.MlflowTestClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.registry.RegistryIntegrationTest;
import io.loadcast.registry.RegistryTestEnvironment;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mlflow.tracking.MlflowClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The audit history answers "which version served when" and records who changed what, before and after. */
@RegistryIntegrationTest
class ServedWhenAuditTest {

    @LocalServerPort
    int port;

    @Test
    void answersWhichVersionTheChampionAliasPointedToAtAnInstant() throws Exception {
        MlflowClient client = mlflow(port, RegistryTestEnvironment.EDIT_KEY);
        String model = "served-" + UUID.randomUUID();
        client.sendPost("registered-models/create", "{\"name\": \"" + model + "\"}");
        client.sendPost("model-versions/create", "{\"name\": \"" + model + "\", \"source\": \"s3://m/1\"}");
        client.sendPost("model-versions/create", "{\"name\": \"" + model + "\", \"source\": \"s3://m/2\"}");
        Instant beforeAnyAlias = Instant.now();
        Thread.sleep(20);
        client.sendPost("registered-models/alias", alias(model, "1"));
        Thread.sleep(20);
        Instant whileV1 = Instant.now();
        Thread.sleep(20);
        mlflow(port, RegistryTestEnvironment.MANAGE_KEY).sendPost("registered-models/alias", alias(model, "2"));
        Thread.sleep(20);

        assertThat(served(model, whileV1).statusCode()).isEqualTo(200);
        JsonNode atV1 = json(served(model, whileV1).body());
        assertThat(atV1.path("version").asString()).isEqualTo("1");
        assertThat(atV1.path("movedBy").asString()).isEqualTo("editor");
        JsonNode now = json(served(model, Instant.now()).body());
        assertThat(now.path("version").asString()).isEqualTo("2");
        assertThat(now.path("movedBy").asString()).isEqualTo("local");

        HttpResponse<String> none = served(model, beforeAnyAlias);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none.body()).path("type").asString()).isEqualTo("https://loadcast.io/problems/nothing-served");
    }

    @Test
    void recordsWhoChangedWhatWithBeforeAndAfter() throws Exception {
        MlflowClient client = mlflow(port, RegistryTestEnvironment.EDIT_KEY);
        String model = "audited-" + UUID.randomUUID();
        client.sendPost("registered-models/create", "{\"name\": \"" + model + "\"}");
        client.sendPatch("registered-models/update", "{\"name\": \"" + model + "\", \"description\": \"new\"}");

        JsonNode entries = json(send(port, "GET", "/api/v1/audit?model=" + model, null, null)
                        .body())
                .path("entries");

        assertThat(entries.size()).isEqualTo(2);
        JsonNode update = entries.get(1);
        assertThat(update.path("action").asString()).isEqualTo("MODEL_UPDATED");
        assertThat(update.path("actor").asString()).isEqualTo("editor");
        assertThat(update.at("/before/description").asString()).isEmpty();
        assertThat(update.at("/after/description").asString()).isEqualTo("new");
    }

    private HttpResponse<String> served(String model, Instant at) throws Exception {
        return send(port, "GET", "/api/v1/models/" + model + "/served?at=" + at, null, null);
    }

    private static String alias(String model, String version) {
        return "{\"name\": \"" + model + "\", \"alias\": \"champion\", \"version\": \"" + version + "\"}";
    }
}
