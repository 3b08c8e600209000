package io.loadcast.rag.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.loadcast.rag.http.ResilientHttp;
import io.loadcast.starter.problem.LoadcastProblemException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class GuardClientTest {

    private static GuardClient client(String url, int retries) {
        return new GuardClient(
                new ResilientHttp("guardrail-service", URI.create(url), "key", Duration.ofSeconds(2), retries));
    }

    /** A guardrail that answers every call with {@code status} and {@code body}, counting the calls. */
    private static HttpServer server(int status, String body, AtomicInteger calls) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void failsClosedWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GuardClient client = client("http://127.0.0.1:" + port, 1);

        assertThatThrownBy(() -> client.checkInput("hello"))
                .isInstanceOfSatisfying(
                        LoadcastProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }

    @Test
    void failsClosedOnAnErrorStatusOrAnAnswerWithoutDecisionOrARedactionWithoutText() throws Exception {
        for (String[] reply : new String[][] {
            {"500", "{}"}, {"200", "{\"decision\":\"MAYBE\"}"}, {"200", "nope"}, {"200", "{\"decision\":\"REDACT\"}"}
        }) {
            HttpServer server = server(Integer.parseInt(reply[0]), reply[1], new AtomicInteger());
            try {
                assertThatThrownBy(() -> client(url(server), 0).checkOutput("q", "a", List.of("c")))
                        .as(reply[1])
                        .isInstanceOf(LoadcastProblemException.class)
                        .hasMessageContaining("no answer is given");
            } finally {
                server.stop(0);
            }
        }
    }

    @Test
    void returnsTheBlockedPassagesAndFailsClosedOnAMissingResult() throws Exception {
        String results = "{\"results\":[{\"id\":\"c1\",\"decision\":\"ALLOW\",\"score\":0.01},"
                + "{\"id\":\"c2\",\"decision\":\"BLOCK\",\"score\":0.93,"
                + "\"violations\":[{\"type\":\"INDIRECT_INJECTION\",\"score\":0.93}]}]}";
        HttpServer server = server(200, results, new AtomicInteger());
        try {
            GuardClient client = client(url(server), 0);
            List<GuardClient.Passage> two =
                    List.of(new GuardClient.Passage("c1", "a"), new GuardClient.Passage("c2", "b"));
            assertThat(client.blockedPassages(two)).isEqualTo(Set.of("c2"));

            List<GuardClient.Passage> three = List.of(two.get(0), two.get(1), new GuardClient.Passage("c3", "c"));
            assertThatThrownBy(() -> client.blockedPassages(three))
                    .isInstanceOf(LoadcastProblemException.class)
                    .hasMessageContaining("2 results for 3 passages");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void retriesA5xxBoundedlyThenOpensTheCircuitSoADeadGuardrailIsNotCalledAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = server(503, "{}", calls);
        try {
            ResilientHttp http =
                    new ResilientHttp("guardrail-service", URI.create(url(server)), null, Duration.ofSeconds(2), 2);
            GuardClient client = new GuardClient(http);

            assertThatThrownBy(() -> client.checkInput("hello")).isInstanceOf(LoadcastProblemException.class);
            assertThat(calls).hasValue(3);
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> client.checkInput("hello")).isInstanceOf(LoadcastProblemException.class);
            }
            assertThat(http.state()).isEqualTo(CircuitBreaker.State.OPEN);
            int before = calls.get();
            assertThatThrownBy(() -> client.checkInput("hello"))
                    .isInstanceOf(LoadcastProblemException.class)
                    .hasMessageContaining("circuit is open");
            assertThat(calls).hasValue(before);
        } finally {
            server.stop(0);
        }
    }
}
