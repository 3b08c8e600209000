package io.loadcast.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Ingestion and retrieval over real HTTP, with the real bge-small model and a real Lucene index. */
@RagSpringTest
class DocumentsApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static Map<String, Object> doc(String id, String title, String text) {
        return doc(id, title, text, "demand");
    }

    static Map<String, Object> doc(String id, String title, String text, String topic) {
        return Map.of("id", id, "title", title, "text", text, "metadata", Map.of("topic", topic));
    }

    @Test
    void retrievesTheDocumentThatAnswersTheQuestion() throws Exception {
        ApiClient.Reply ingest = api.post(
                "/api/v1/documents",
                List.of(
                        doc(
                                "bank-holidays",
                                "Demand on bank holidays",
                                "Electricity demand is lower on bank holidays because offices, schools and factories"
                                        + " close. The daily profile then looks like a Sunday.",
                                "ranking"),
                        doc(
                                "solar",
                                "Embedded solar",
                                "Solar panels on rooftops reduce the demand seen by the transmission system at"
                                        + " midday in summer.",
                                "ranking"),
                        doc(
                                "kettles",
                                "TV pickups",
                                "After popular television programmes many kettles switch on.",
                                "ranking")));
        assertThat(ingest.status()).isEqualTo(200);
        assertThat(ingest.body().path("chunks").asInt()).isGreaterThanOrEqualTo(3);

        for (String mode : new String[] {"HYBRID", "BM25", "VECTOR"}) {
            JsonNode results = api.postWithoutKey(
                            "/api/v1/retrieve",
                            Map.of(
                                    "query",
                                    "why is demand lower on public holidays?",
                                    "topK",
                                    2,
                                    "mode",
                                    mode,
                                    "filter",
                                    Map.of("topic", "ranking")))
                    .body()
                    .path("results");
            assertThat(results.get(0).path("documentId").asString()).as(mode).isEqualTo("bank-holidays");
            assertThat(results.get(0).path("chunkId").asString()).isEqualTo("bank-holidays#0");
            assertThat(results.get(0).path("score").asDouble()).isPositive();
        }
    }

    @Test
    void reingestingReplacesTheOldChunksAndSkipsUnchangedDocuments() throws Exception {
        api.post(
                "/api/v1/documents",
                List.of(doc("tariffs", "Tariffs", "Economy tariffs were sold with storage heaters.")));
        api.post(
                "/api/v1/documents",
                List.of(doc("tariffs", "Tariffs", "Time of use tariffs reward off-peak charging.")));
        JsonNode again = api.post(
                        "/api/v1/documents",
                        List.of(doc("tariffs", "Tariffs", "Time of use tariffs reward off-peak charging.")))
                .body();

        assertThat(again.at("/documents/0/unchanged").asBoolean()).isTrue();
        assertThat(bm25Hits("storage heaters", "tariffs")).isEmpty();
        assertThat(bm25Hits("off-peak charging", "tariffs")).hasSize(1);
    }

    @Test
    void deletesADocumentAndItsChunks() throws Exception {
        api.post("/api/v1/documents", List.of(doc("pumped-storage", "Pumped storage", "Dinorwig pumps water uphill.")));

        assertThat(api.delete("/api/v1/documents/pumped-storage").status()).isEqualTo(204);
        assertThat(bm25Hits("Dinorwig", "pumped-storage")).isEmpty();
        ApiClient.Reply again = api.delete("/api/v1/documents/pumped-storage");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body().path("type").asString()).isEqualTo("https://loadcast.io/problems/document-not-found");
    }

    @Test
    void rejectsABatchWithABlankTextNamingTheRowAndIndexesNothingOfIt() throws Exception {
        ApiClient.Reply reply = api.post(
                "/api/v1/documents",
                List.of(doc("fine", "Fine", "Frequency response keeps the grid at 50 Hz."), Map.of("id", "bad")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().path("field").asString()).isEqualTo("[1].text");
        assertThat(reply.body().path("row").asInt()).isEqualTo(1);
        assertThat(bm25Hits("frequency response", "fine")).isEmpty();
    }

    @Test
    void filtersRetrievalByMetadata() throws Exception {
        api.post(
                "/api/v1/documents",
                List.of(Map.of(
                        "id",
                        "wind-scotland",
                        "text",
                        "Wind curtailment happens in Scotland.",
                        "metadata",
                        Map.of("region", "scotland"))));

        JsonNode kept = retrieve(Map.of("query", "wind curtailment", "filter", Map.of("region", "scotland")));
        JsonNode none = retrieve(Map.of("query", "wind curtailment", "filter", Map.of("region", "wales")));

        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).path("metadata").path("region").asString()).isEqualTo("scotland");
        assertThat(none).isEmpty();
    }

    @Test
    void indexesUploadedMarkdownAndHtmlFiles() throws Exception {
        String boundary = "rag-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(
                body,
                boundary,
                "grid-code.md",
                "text/markdown",
                "# Grid code\n\nThe grid code sets rules for generators.");
        part(
                body,
                boundary,
                "triads.html",
                "text/html",
                "<html><head><title>Triad charges</title></head><body><h1>Triads</h1>"
                        + "<p>Triads are the three half-hours of highest winter demand.</p></body></html>");
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        ApiClient.Reply reply = api.multipart("/api/v1/documents", boundary, body.toByteArray());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode triads = retrieve(Map.of("query", "three half-hours of highest winter demand", "topK", 1));
        assertThat(triads.get(0).path("documentId").asString()).isEqualTo("triads.html");
        assertThat(triads.get(0).path("title").asString()).isEqualTo("Triad charges");
        JsonNode gridCode = retrieve(Map.of("query", "rules for generators", "topK", 1));
        assertThat(gridCode.get(0).path("section").asString()).isEqualTo("Grid code");
    }

    @Test
    void rejectsAnUnsupportedFileType() throws Exception {
        String boundary = "rag-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "data.xlsx", "application/octet-stream", "not a document");
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        ApiClient.Reply reply = api.multipart("/api/v1/documents", boundary, body.toByteArray());

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.body().path("file").asString()).isEqualTo("data.xlsx");
    }

    @Test
    void reportsTheProgressOfABackgroundIngestion() throws Exception {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(doc("bulk-" + i, "Bulk " + i, "Bulk document number " + i + " about reserve margins."));
        }
        ApiClient.Reply accepted = api.post("/api/v1/documents?async=true", batch);
        assertThat(accepted.status()).isEqualTo(202);
        String job = "/api/v1/documents/jobs/" + accepted.body().path("jobId").asString();

        JsonNode progress = poll(job, p -> p.path("status").asString().equals("DONE"));

        assertThat(progress.path("total").asInt()).isEqualTo(20);
        assertThat(progress.path("done").asInt()).isEqualTo(20);
        assertThat(progress.path("chunks").asInt()).isEqualTo(20);
        assertThat(api.get("/api/v1/documents/jobs/no-such-job").status()).isEqualTo(404);
    }

    @Test
    void listsTheIndexedDocumentsPagedWithChunkCounts() throws Exception {
        api.post(
                "/api/v1/documents",
                List.of(
                        doc("list-a", "Listed A", "Alpha sentence about load. ".repeat(200)),
                        doc("list-b", "Listed B", "One short sentence about demand.")));

        JsonNode all = api.get("/api/v1/documents?size=200").body();
        List<JsonNode> items = all.path("items").valueStream().toList();
        JsonNode a = items.stream()
                .filter(i -> i.path("documentId").asString().equals("list-a"))
                .findFirst()
                .orElseThrow();
        JsonNode b = items.stream()
                .filter(i -> i.path("documentId").asString().equals("list-b"))
                .findFirst()
                .orElseThrow();
        assertThat(a.path("title").asString()).isEqualTo("Listed A");
        assertThat(a.path("chunks").asInt()).isGreaterThan(1);
        assertThat(b.path("chunks").asInt()).isEqualTo(1);
        assertThat(all.path("total").asInt()).isEqualTo(items.size());

        JsonNode second = api.get("/api/v1/documents?page=1&size=1").body();
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("documentId").asString())
                .isEqualTo(items.get(1).path("documentId").asString());
        assertThat(api.get("/api/v1/documents?size=0").status()).isEqualTo(400);
    }

    @Test
    void indexesTheConfiguredFolderAtStartup() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode hits = retrieve(Map.of("query", "interconnectors link neighbouring grids", "topK", 1));
        while (!hits.get(0).path("documentId").asString().endsWith("interconnectors.md")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            hits = retrieve(Map.of("query", "interconnectors link neighbouring grids", "topK", 1));
        }
        assertThat(hits.get(0).path("documentId").asString()).isEqualTo("demo-docs/interconnectors.md");
        assertThat(hits.get(0).path("title").asString()).isEqualTo("Interconnectors");
        assertThat(hits.get(0).path("metadata").path("source").asString()).isEqualTo("test");
        assertThat(retrieve(Map.of("query", "quokkas", "mode", "BM25"))).isEmpty();
    }

    private JsonNode poll(String path, java.util.function.Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode body = api.get(path).body();
        while (!done.test(body) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            body = api.get(path).body();
        }
        return body;
    }

    private JsonNode retrieve(Map<String, Object> request) throws Exception {
        ApiClient.Reply reply = api.postWithoutKey("/api/v1/retrieve", request);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().path("results");
    }

    private List<JsonNode> bm25Hits(String query, String documentId) throws Exception {
        return retrieve(Map.of("query", query, "mode", "BM25", "filter", Map.of("documentId", documentId)))
                .valueStream()
                .toList();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String type, String content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n" + content + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
