package io.loadcast.starter.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // Spring Boot's own problem handler must not take over from the starter's
            "spring.mvc.problemdetails.enabled=true",
            "loadcast.security.local-key=local-secret",
            "loadcast.security.api-keys[0].name=dashboard",
            "loadcast.security.api-keys[0].key=reader-secret",
            "loadcast.security.api-keys[0].role=READ",
            "loadcast.security.api-keys[1].name=ci",
            // sha256("ci-secret"): the key itself never appears in configuration
            "loadcast.security.api-keys[1].sha256=f82da6e2b2e51c046a2eaf10964ef184b69c0aee9892f10a2a7b657477d407e6",
            "loadcast.security.api-keys[1].role=EDIT",
            "loadcast.security.open-paths[0]=/api/v1/samples/search"
        })
class ApiKeyAndProblemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BATCH = "{\"readings\":[{\"seriesId\":\"a\",\"value\":1.0}]}";

    @LocalServerPort
    int port;

    @Test
    void describesOpenPostPathsWithoutASecurityRequirement() throws Exception {
        JsonNode paths =
                JSON.readTree(send("GET", "/v3/api-docs", null, null).body()).path("paths");

        assertThat(paths.at("/~1api~1v1~1samples~1search/post").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1samples~1search/post/security").isMissingNode())
                .isTrue();
        assertThat(paths.at("/~1api~1v1~1samples/post/security/0/apiKey").isArray())
                .isTrue();
    }

    @Test
    void readsNeedNoKey() throws Exception {
        assertThat(send("GET", "/api/v1/samples", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsWriteWithoutKeyAsUnauthenticatedProblem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/samples", null, BATCH);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("ApiKey header=\"X-Api-Key\"");
        assertProblem(response, "unauthenticated");
    }

    @Test
    void rejectsWriteWithUnknownKey() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/samples", "guess", BATCH);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problem(response).path("detail").asString()).contains("not known");
    }

    @Test
    void forbidsWriteWithReadOnlyKey() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/samples", "reader-secret", BATCH);

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, "forbidden");
        assertThat(problem(response).path("detail").asString()).contains("dashboard");
    }

    @Test
    void acceptsWriteWithLocalKeyAndNamesTheCaller() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/samples", "local-secret", BATCH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("caller").asString()).isEqualTo("local");
    }

    @Test
    void acceptsMlflowStyleBearerTokenMatchedByHash() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri("/api/v1/samples"))
                        .header("Authorization", "Bearer ci-secret")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(BATCH))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("caller").asString()).isEqualTo("ci");
    }

    @Test
    void letsConfiguredReadOnlyPostsThroughWithoutKey() throws Exception {
        assertThat(send("POST", "/api/v1/samples/search", null, "{}").statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "negative value in row 1 | {\"readings\":[{\"seriesId\":\"a\",\"value\":1},{\"seriesId\":\"b\",\"value\":-3}]} | readings[1].value",
                "blank series id | {\"readings\":[{\"seriesId\":\" \",\"value\":1}]} | readings[0].seriesId",
            })
    void namesTheInvalidFieldAndRow(String name, String body, String field) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/samples", "local-secret", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "invalid-request");
        assertThat(problem(response).path("errors").get(0).path("field").asString())
                .isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text where a number belongs | {\"readings\":[{\"seriesId\":\"a\",\"value\":\"lots\"}]} | readings[0].value",
                "truncated JSON | {\"readings\":[{\"seriesId\":\"a\" | readings[0]",
                "empty body | '' | $",
            })
    void explainsUnreadableJson(String name, String body, String field) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/samples", "local-secret", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response, "malformed-request");
        assertThat(problem(response).path("errors").get(0).path("field").asString())
                .startsWith(field);
    }

    @Test
    void rendersServiceProblemsWithTheirSlugAndMembers() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/samples/conflict", "local-secret", null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertProblem(response, "sample-exists");
        assertThat(problem(response).path("field").asString()).isEqualTo("seriesId");
    }

    @Test
    void givesUnknownRoutesAStableNotFoundType() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/nothing-here", null, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, "not-found");
    }

    @Test
    void hidesInternalsOfUnexpectedFailures() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/samples/broken", null, null);

        assertThat(response.statusCode()).isEqualTo(500);
        assertProblem(response, "internal-error");
        assertThat(response.body()).doesNotContain("secret internals");
    }

    @Test
    void letsTheConsoleOriginCallTheApiWithTheKeyHeader() throws Exception {
        HttpResponse<String> response = preflight("http://localhost:8080");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h.toLowerCase()).contains("x-api-key"));
    }

    @Test
    void refusesOtherBrowserOrigins() throws Exception {
        assertThat(preflight("http://evil.example").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri("/api/v1/samples"))
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "x-api-key,content-type")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(HttpResponse<String> response, String slug) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = problem(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://loadcast.io/problems/" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.path("instance").asString()).startsWith("/api/v1/");
    }

    private static JsonNode problem(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
        if (key != null) {
            builder.header("X-Api-Key", key);
        }
        builder.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
