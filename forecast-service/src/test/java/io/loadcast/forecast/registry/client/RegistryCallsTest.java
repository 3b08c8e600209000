package io.loadcast.forecast.registry.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.loadcast.forecast.registry.RegistryUnavailableException;
import io.micrometer.observation.ObservationRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Issue 15, finding 1: the registry key travels only to the registry's origin, downloads are bounded, reads are
 * retried a bounded number of times and a failing registry opens the circuit breaker.
 */
class RegistryCallsTest {

    private final List<String> registrySaw = new CopyOnWriteArrayList<>();
    private final List<String> otherSaw = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private HttpServer registry;
    private HttpServer other;
    private RegistryCalls calls;

    @BeforeEach
    void start() throws Exception {
        registry = server(registrySaw);
        other = server(otherSaw);
        registry.createContext("/fail", ex -> {
            failures.incrementAndGet();
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        calls = new RegistryCalls(
                ArtifactSourcesTest.properties(Map.of(
                        "loadcast.forecast.registry-url", url(registry).toString(),
                        "loadcast.forecast.registry-api-key", "secret-key",
                        "loadcast.forecast.artifacts.max-download-bytes", "1000",
                        "loadcast.forecast.http.retry-wait", "PT0.01S")),
                ObservationRegistry.NOOP);
    }

    @AfterEach
    void stop() {
        registry.stop(0);
        other.stop(0);
    }

    @Test
    void sendsTheKeyToTheRegistryOnly() {
        calls.download(url(registry).resolve("/small"));
        calls.download(url(other).resolve("/small"));

        assertThat(registrySaw).containsExactly("/small key=secret-key");
        assertThat(otherSaw).containsExactly("/small key=null");
    }

    @Test
    void refusesAPathThatLeavesTheRegistry() {
        assertThatThrownBy(() -> calls.call(HttpMethod.GET, "//evil.example/x", null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADownloadOverTheLimit() {
        assertThatThrownBy(() -> calls.download(url(registry).resolve("/big")))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void retriesReadsABoundedNumberOfTimesThenOpensTheBreaker() {
        assertThatThrownBy(() -> calls.call(HttpMethod.GET, "/fail", null, false))
                .isInstanceOf(RegistryUnavailableException.class);
        assertThat(failures).hasValue(3);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> calls.call(HttpMethod.GET, "/fail", null, false))
                    .isInstanceOf(RegistryUnavailableException.class);
        }
        int reached = failures.get();
        assertThatThrownBy(() -> calls.call(HttpMethod.GET, "/fail", null, false))
                .hasMessageContaining("circuit open");
        assertThat(failures)
                .as("calls that reached the failing registry once the breaker opened")
                .hasValue(reached);
    }

    private static HttpServer server(List<String> seen) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/small", ex -> {
            seen.add(ex.getRequestURI() + " key=" + ex.getRequestHeaders().getFirst("X-Api-Key"));
            ex.sendResponseHeaders(200, 10);
            ex.getResponseBody().write(new byte[10]);
            ex.close();
        });
        server.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write(new byte[100_000]);
            ex.close();
        });
        server.start();
        return server;
    }

    private static URI url(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
