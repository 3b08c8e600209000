package io.loadcast.console.browser;

import io.loadcast.console.browser.StubService.Reply;
import java.net.URI;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** registry-service: the MLflow registered-model search and loadcast's canary extension. */
final class RegistryApi {

    Reply handle(String method, URI uri, JsonNode body) {
        if (uri.getPath().equals("/api/2.0/mlflow/registered-models/search")) {
            return Reply.ok(new ModelSearch(List.of(new RegisteredModel(
                    StubSuite.MODEL,
                    List.of(new Alias("champion", "7"), new Alias("challenger", "8")),
                    List.of(new Version(StubSuite.MODEL, "8", "None", "READY"))))));
        }
        if (uri.getPath().equals("/api/v1/models/" + StubSuite.MODEL + "/canary")) {
            return Reply.ok(new Canary(StubSuite.MODEL, 7, 8, 0.1, "ACTIVE"));
        }
        return null;
    }

    record Alias(String alias, String version) {}

    record Version(String name, String version, String current_stage, String status) {}

    record RegisteredModel(String name, List<Alias> aliases, List<Version> latest_versions) {}

    record ModelSearch(List<RegisteredModel> registered_models) {}

    record Canary(String modelName, int championVersion, int canaryVersion, double share, String state) {}
}
