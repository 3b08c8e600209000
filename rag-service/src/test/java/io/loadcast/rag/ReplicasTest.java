package io.loadcast.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two replicas of rag-service (two Spring applications on random ports, each with its own Lucene index and
 * embedding cache, the real bge-small model) on ONE PostgreSQL database: what one replica is given, the other
 * serves within seconds, and the demo folder both sync at startup is stored and logged once.
 */
class ReplicasTest {

    private static final String DATABASE = "rag_replicas";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static ApiClient apiA;
    static ApiClient apiB;

    @BeforeAll
    static void startTwoReplicas() {
        a = replica("a");
        b = replica("b");
        apiA = new ApiClient(port(a));
        apiB = new ApiClient(port(b));
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    @Test
    void aDocumentUploadedThroughOneReplicaIsRetrievedThroughTheOther() throws Exception {
        ApiClient.Reply upload = apiA.post(
                "/api/v1/documents",
                List.of(Map.of(
                        "id",
                        "replica/frequency-response",
                        "title",
                        "Frequency response",
                        "text",
                        "Batteries provide dynamic containment: they inject power within one second when grid"
                                + " frequency falls below 49.8 hertz.")));
        assertThat(upload.status()).isEqualTo(200);

        await().atMost(WITHIN)
                .untilAsserted(() -> assertThat(topHit(apiB, "what responds when grid frequency falls?"))
                        .isEqualTo("replica/frequency-response"));
        JsonNode listed = apiB.get("/api/v1/documents?size=200").body().path("items");
        assertThat(listed.valueStream().map(i -> i.path("documentId").asString()))
                .contains("replica/frequency-response");

        assertThat(apiB.delete("/api/v1/documents/replica/frequency-response").status())
                .isEqualTo(204);
        await().atMost(WITHIN)
                .untilAsserted(() -> assertThat(hits(apiA, "frequency response", "replica/frequency-response"))
                        .isEmpty());
        assertThat(apiA.delete("/api/v1/documents/replica/frequency-response").status())
                .isEqualTo(404);
    }

    @Test
    void aFileUploadedThroughOneReplicaIsRetrievedThroughTheOther() throws Exception {
        String boundary = "replica-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"stor.md\""
                + "\r\nContent-Type: text/markdown\r\n\r\n# Pumped storage\n\nPumped storage hydro pumps water uphill"
                + " at night and releases it through turbines at the evening peak.\r\n--" + boundary + "--\r\n";
        ApiClient.Reply upload = apiB.multipart("/api/v1/documents", boundary, body.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(200);

        await().atMost(WITHIN)
                .untilAsserted(() ->
                        assertThat(topHit(apiA, "water pumped uphill at night")).isEqualTo("stor.md"));
    }

    @Test
    void replicasSyncingTheSameFolderStoreEachFileOnce() {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(topHit(apiA, "heat pump coefficient of performance")).isEqualTo("demo-docs/heat-pumps.md");
            assertThat(topHit(apiB, "heat pump coefficient of performance")).isEqualTo("demo-docs/heat-pumps.md");
        });
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select document_id, count(*) from document_changes where document_id like"
                                + " 'demo-docs/%' group by document_id order by document_id")
                        .query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2))
                        .list())
                .containsExactly("demo-docs/heat-pumps.md=1", "demo-docs/interconnectors.md=1");
    }

    private static String topHit(ApiClient api, String query) throws Exception {
        JsonNode results = api.postWithoutKey("/api/v1/retrieve", Map.of("query", query, "topK", 1))
                .body()
                .path("results");
        return results.isEmpty() ? "" : results.get(0).path("documentId").asString();
    }

    private static List<JsonNode> hits(ApiClient api, String query, String documentId) throws Exception {
        ApiClient.Reply reply = api.postWithoutKey(
                "/api/v1/retrieve", Map.of("query", query, "filter", Map.of("documentId", documentId)));
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().path("results").valueStream().toList();
    }

    private static ConfigurableApplicationContext replica(String name) {
        Path home;
        try {
            home = Files.createTempDirectory("rag-replica-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> own = Map.of(
                "spring.datasource.url",
                EmbeddedPostgresDatabase.jdbcUrl(DATABASE),
                "loadcast.rag.index-directory",
                home.resolve("index").toString(),
                "loadcast.rag.embedding-cache-file",
                home.resolve("embeddings.bin").toString(),
                "loadcast.rag.suite-docs.root",
                "",
                "loadcast.rag.replicas.poll-interval",
                "200ms",
                "server.port",
                "0");
        return new SpringApplicationBuilder(RagApplication.class)
                .initializers(
                        new RagTestEnvironment(),
                        context -> context.getEnvironment()
                                .getPropertySources()
                                .addFirst(new MapPropertySource("replica-" + name, own)))
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
