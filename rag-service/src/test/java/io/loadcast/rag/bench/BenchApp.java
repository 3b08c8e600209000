package io.loadcast.rag.bench;

import io.loadcast.rag.RagApplication;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * rag-service started for a benchmark on a free port, with a fresh index and the embedding cache kept in
 * {@code .loadcast/bench/} at the repository root so reruns do not embed again, and an embedded PostgreSQL for the
 * experiment log. Requests go over real HTTP.
 */
final class BenchApp implements AutoCloseable {

    static final String KEY = "bench-key";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final ConfigurableApplicationContext context;
    final int port;
    private final Path index;

    BenchApp(Map<String, Object> extra) throws IOException {
        // run from the repository root (as bench/rag-*.sh do), this is the git-ignored .loadcast/bench/
        Path cacheDir = Path.of(System.getProperty("loadcast.bench.dir", ".loadcast/bench"))
                .toAbsolutePath()
                .normalize();
        Files.createDirectories(cacheDir);
        index = Files.createTempDirectory("rag-bench-index");
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port",
                0,
                "loadcast.security.local-key",
                KEY,
                "loadcast.rag.index-directory",
                index.toString(),
                "loadcast.rag.embedding-cache-file",
                cacheDir.resolve("rag-embeddings.bin").toString(),
                "loadcast.rag.demo-docs",
                "",
                "spring.main.banner-mode",
                "off",
                "logging.level.root",
                "WARN"));
        // experiments are stored in PostgreSQL: a real embedded server, as in the tests
        properties.put("spring.datasource.url", EmbeddedPostgresDatabase.jdbcUrl("rag_bench"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.putAll(extra);
        // command-line arguments outrank application.yml (default properties would not)
        context = new SpringApplicationBuilder(RagApplication.class)
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        context.close();
        // the index is rebuilt on every run: leave no copy behind in /tmp
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
