package io.loadcast.registry.mlflow;

import static io.loadcast.registry.MlflowTestClient.json;
import static io.loadcast.registry.MlflowTestClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.registry.RegistryIntegrationTest;
import io.loadcast.registry.RegistryTestEnvironment;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bad MLflow requests get MLflow's error body and status; loadcast's own API keeps RFC 9457. */
@RegistryIntegrationTest
class MlflowErrorResponsesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} -> {3} {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|/api/2.0/mlflow/experiments/create|{}|400|INVALID_PARAMETER_VALUE",
                "POST|/api/2.0/mlflow/experiments/create|{not json|400|INVALID_PARAMETER_VALUE",
                "GET|/api/2.0/mlflow/experiments/get?experiment_id=abc||400|INVALID_PARAMETER_VALUE",
                "GET|/api/2.0/mlflow/experiments/get?experiment_id=987654||404|RESOURCE_DOES_NOT_EXIST",
                "GET|/api/2.0/mlflow/experiments/get-by-name?experiment_name=nope||404|RESOURCE_DOES_NOT_EXIST",
                "POST|/api/2.0/mlflow/runs/create|{\"experiment_id\": \"987654\"}|404|RESOURCE_DOES_NOT_EXIST",
                "POST|/api/2.0/mlflow/runs/log-metric|{\"run_id\": \"nope\", \"key\": \"m\", \"value\": 1}|404|RESOURCE_DOES_NOT_EXIST",
                "POST|/api/2.0/mlflow/runs/search|{\"experiment_ids\": [\"0\"], \"filter\": \"metrics.x ~ 1\"}|400|INVALID_PARAMETER_VALUE",
                "POST|/api/2.0/mlflow/runs/search|{\"experiment_ids\": [\"0\"], \"max_results\": 0}|400|INVALID_PARAMETER_VALUE",
                "POST|/api/2.0/mlflow/runs/search|{\"experiment_ids\": [\"0\"], \"page_token\": \"!!\"}|400|INVALID_PARAMETER_VALUE",
                "GET|/api/2.0/mlflow/registered-models/get?name=nope||404|RESOURCE_DOES_NOT_EXIST",
                "POST|/api/2.0/mlflow/model-versions/create|{\"name\": \"nope\", \"source\": \"s3://x\"}|404|RESOURCE_DOES_NOT_EXIST",
                "POST|/api/2.0/mlflow/model-versions/transition-stage|{\"name\": \"nope\", \"version\": \"1\", \"stage\": \"Production\"}|404|RESOURCE_DOES_NOT_EXIST",
                "GET|/api/2.0/mlflow/model-versions/get?name=nope&version=0||400|INVALID_PARAMETER_VALUE",
            })
    void answersBadRequestWithMlflowErrorCode(String method, String path, String body, int status, String code)
            throws Exception {
        HttpResponse<String> response =
                send(port, method, path, RegistryTestEnvironment.EDIT_KEY, body == null ? null : body);

        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = json(response.body());
        assertThat(error.path("error_code").asString()).isEqualTo(code);
        assertThat(error.path("message").asString()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/models/x/served?at=not-a-time", "/api/v1/audit?limit=0"})
    void keepsRfc9457ProblemsOnLoadcastPaths(String path) throws Exception {
        HttpResponse<String> response = send(port, "GET", path, null, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response.body()).path("type").asString())
                .as(response.body())
                .startsWith("https://loadcast.io/problems/");
    }
}
