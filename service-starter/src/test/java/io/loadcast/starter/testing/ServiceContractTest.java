package io.loadcast.starter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.starter.ratelimit.RateLimitProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every loadcast service promises its operators, checked over real HTTP on a random port: probes,
 * Prometheus metrics with the service's tag, the OpenAPI description, Actuator exposing nothing else, and
 * writes refused without an API key as RFC 9457 problems. A service's test extends this and names a write path.
 */
public abstract class ServiceContractTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext context;

    /** A path of this service that accepts writes (POST). */
    protected abstract String writePath();

    /** The value of the service's common {@code application} metric tag, e.g. {@code loadcast.ingest}. */
    protected abstract String metricTag();

    /**
     * The endpoint groups ({@code loadcast.rate-limit.groups[].name}) in which this service limits each caller; empty
     * for a service without per-caller limits of the starter.
     */
    protected Set<String> rateLimitGroups() {
        return Set.of();
    }

    @Test
    void limitsCallersOfItsGroupsWithBucketsInItsDatabase() throws Exception {
        var properties = context.getBeanProvider(RateLimitProperties.class).getIfAvailable();
        boolean enabled = properties != null && properties.enabled();
        if (rateLimitGroups().isEmpty()) {
            assertThat(enabled)
                    .as("rate limits on, but the test names no group")
                    .isFalse();
            return;
        }
        assertThat(enabled).as("loadcast.rate-limit.enabled").isTrue();
        assertThat(properties.groups().stream()
                        .map(RateLimitProperties.Group::name)
                        .collect(Collectors.toSet()))
                .isEqualTo(rateLimitGroups());
        // the buckets are rows of the service's own database, so its replicas share them
        try (Connection connection = context.getBean(DataSource.class).getConnection();
                ResultSet table = connection.getMetaData().getTables(null, null, properties.table(), null)) {
            assertThat(table.next()).as("table " + properties.table()).isTrue();
        }
    }

    @Test
    void reportsLivenessAndReadinessUp() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void exportsJvmAndHttpMetricsWithTheServiceTag() throws Exception {
        get("/actuator/health");

        HttpResponse<String> response = get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("jvm_memory_used_bytes")
                .contains("http_server_requests_seconds_count")
                .contains("application=\"" + metricTag() + "\"");
    }

    @Test
    void publishesOpenApiDescriptionWithTheApiKeyScheme() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(response.body());
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-Api-Key");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void exposesOnlyHealthInfoAndPrometheusOnActuator() throws Exception {
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            assertThat(get(hidden).statusCode()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void rejectsWriteWithoutApiKeyAsProblem() throws Exception {
        HttpResponse<String> response = HTTP.send(
                request(writePath())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://loadcast.io/problems/unauthenticated");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("instance").asString()).isEqualTo(writePath());
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
