package io.loadcast.rag.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.loadcast.starter.problem.LoadcastProblemException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

class GuardClientTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void failsClosedWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GuardClient client = new GuardClient(URI.create("http://127.0.0.1:" + port), null, Duration.ofSeconds(1), JSON);

        assertThatThrownBy(() -> client.checkInput("hello"))
                .isInstanceOfSatisfying(
                        LoadcastProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }

    @Test
    void failsClosedOnAnErrorStatusOrAnAnswerWithoutDecision() throws Exception {
        for (String[] reply : new String[][] {{"500", "{}"}, {"200", "{\"decision\":\"MAYBE\"}"}, {"200", "nope"}}) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = reply[1].getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(Integer.parseInt(reply[0]), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            try {
                GuardClient client = new GuardClient(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                        "key",
                        Duration.ofSeconds(2),
                        JSON);
                assertThatThrownBy(() -> client.checkOutput("q", "a", java.util.List.of("c")))
                        .as(reply[1])
                        .isInstanceOf(LoadcastProblemException.class)
                        .hasMessageContaining("no answer is given");
            } finally {
                server.stop(0);
            }
        }
    }
}
