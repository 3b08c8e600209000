package io.loadcast.starter.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.starter.sample.SampleApplication;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of a service (two application contexts on one real PostgreSQL database, as two replicas behind a
 * proxy) spend one budget per caller: what one replica granted, the other does not grant again.
 */
class RateLimitAcrossReplicasTest {

    private static final String BATCH = "{\"readings\":[{\"seriesId\":\"a\",\"value\":1.0}]}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<ConfigurableApplicationContext> replicas = new ArrayList<>();
    private static int first;
    private static int second;

    /** The service's database: a real PostgreSQL (zonky), the same for both replicas. */
    @Configuration(proxyBeanMethods = false)
    static class SharedDatabase {
        @Bean
        DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(EmbeddedPostgresDatabase.jdbcUrl("ratelimit"));
            dataSource.setUser("postgres");
            dataSource.setPassword("postgres");
            return dataSource;
        }
    }

    @BeforeAll
    static void startTwoReplicas() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stopReplicas() {
        replicas.forEach(ConfigurableApplicationContext::close);
    }

    private static int start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        SampleApplication.class, SharedDatabase.class)
                .run(
                        "--server.port=0",
                        "--loadcast.security.api-keys[0].name=ci",
                        "--loadcast.security.api-keys[0].key=ci-secret",
                        "--loadcast.security.api-keys[0].role=EDIT",
                        "--loadcast.security.open-paths[0]=/api/v1/samples/search",
                        "--loadcast.rate-limit.enabled=true",
                        "--loadcast.rate-limit.groups[0].name=writes",
                        "--loadcast.rate-limit.groups[0].paths[0]=/api/v1/samples",
                        "--loadcast.rate-limit.groups[0].methods[0]=POST",
                        "--loadcast.rate-limit.groups[0].keyed-per-minute=3",
                        "--loadcast.rate-limit.groups[0].keyless-per-minute=1",
                        "--loadcast.rate-limit.groups[1].name=search",
                        "--loadcast.rate-limit.groups[1].paths[0]=/api/v1/samples/search",
                        "--loadcast.rate-limit.groups[1].keyed-per-minute=100",
                        "--loadcast.rate-limit.groups[1].keyless-per-minute=1");
        replicas.add(context);
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    @Test
    void aKeysBudgetIsSpentOnceAcrossBothReplicas() throws Exception {
        // 3 a minute, refilled one token per 20 s: the four calls below take well under that
        assertThat(post(first, "/api/v1/samples", "ci-secret").statusCode()).isEqualTo(200);
        assertThat(post(second, "/api/v1/samples", "ci-secret").statusCode()).isEqualTo(200);
        assertThat(post(first, "/api/v1/samples", "ci-secret").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = post(second, "/api/v1/samples", "ci-secret");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 20L);
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.path("type").asString()).endsWith("/rate-limited");
        assertThat(problem.path("group").asString()).isEqualTo("writes");
        assertThat(problem.path("limitPerMinute").asLong()).isEqualTo(3);
        // reads are in no group: never limited
        assertThat(get(second, "/api/v1/samples").statusCode()).isEqualTo(200);
    }

    @Test
    void aKeylessCallerIsCountedByItsAddressInEachGroupSeparately() throws Exception {
        assertThat(post(second, "/api/v1/samples/search", null).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = post(first, "/api/v1/samples/search", null);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.body()).contains("client address");
        // a key is a caller of its own, with its own budget in the group
        assertThat(post(first, "/api/v1/samples/search", "ci-secret").statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<String> post(int port, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BATCH));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
