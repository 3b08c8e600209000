package io.loadcast.rag;

import io.loadcast.rag.stubs.ForecastStub;
import io.loadcast.rag.stubs.GuardrailStub;
import io.loadcast.rag.stubs.IngestStub;
import io.loadcast.rag.stubs.RegistryStub;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * What every Spring test of rag-service shares, so that one context (and one ONNX model) serves them all:
 * a real PostgreSQL database {@code rag}, stubs of guardrail-, forecast-, ingest- and registry-service speaking their REST
 * contracts, a fresh index and embedding cache, and a folder of two Markdown files for the folder sync.
 */
public final class RagTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String KEY = "test-key";
    public static final String GUARD_KEY = "rag-to-guardrail-key";
    public static final GuardrailStub GUARD;
    public static final ForecastStub FORECAST;
    public static final IngestStub INGEST;
    public static final RegistryStub REGISTRY;
    public static final Path HOME;
    public static final Path SUITE_ROOT = Path.of("..").toAbsolutePath().normalize();

    static {
        try {
            GUARD = new GuardrailStub();
            FORECAST = new ForecastStub();
            INGEST = new IngestStub();
            REGISTRY = new RegistryStub();
            HOME = Files.createTempDirectory("rag-test");
            Path docs = Files.createDirectories(HOME.resolve("demo-docs"));
            Files.writeString(
                    docs.resolve("heat-pumps.md"),
                    "# Heat pumps\n\nA heat pump moves heat from outside air into a building. Its coefficient of"
                            + " performance falls as the outdoor temperature drops.\n");
            Files.writeString(
                    docs.resolve("interconnectors.md"),
                    "Title: Interconnectors\nSource: test\n---\nInterconnectors are cables that link the grids of"
                            + " neighbouring countries. Electricity flows towards the market with the higher price.\n");
            Files.writeString(
                    Files.createDirectories(docs.resolve("target")).resolve("build-report.md"),
                    "Build output about quokkas is not a document.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", EmbeddedPostgresDatabase.jdbcUrl("rag"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("loadcast.security.local-key", KEY);
        properties.put("loadcast.rag.guardrail-url", GUARD.url());
        properties.put("loadcast.rag.guardrail-api-key", GUARD_KEY);
        properties.put("loadcast.rag.forecast-url", FORECAST.url());
        properties.put("loadcast.rag.ingest-url", INGEST.url());
        properties.put("loadcast.rag.registry-url", REGISTRY.url());
        properties.put("loadcast.rag.index-directory", HOME.resolve("index").toString());
        properties.put(
                "loadcast.rag.embedding-cache-file",
                HOME.resolve("embeddings.bin").toString());
        properties.put("loadcast.rag.demo-docs", HOME.resolve("demo-docs").toString());
        properties.put("loadcast.rag.sync-interval", "1h");
        // loadcast's own documentation, from this repository (the module runs with rag-service/ as its directory)
        properties.put("loadcast.rag.suite-docs.root", SUITE_ROOT.toString());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("rag-test", properties));
    }
}
