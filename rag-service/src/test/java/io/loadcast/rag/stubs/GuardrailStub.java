package io.loadcast.rag.stubs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * guardrail-service's REST contract on a JDK HttpServer: blocks "ignore previous instructions", redacts e-mail
 * addresses, allows the rest. {@link #goDown()} makes it drop connections without answering.
 */
public final class GuardrailStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    private final HttpServer server;
    private final AtomicBoolean down = new AtomicBoolean();
    private final List<String> keysSeen = new CopyOnWriteArrayList<>();

    public GuardrailStub() throws IOException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a call
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/guard/input", ex -> handle(ex, true));
        server.createContext("/api/v1/guard/output", ex -> handle(ex, false));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void goDown() {
        down.set(true);
    }

    public void comeUp() {
        down.set(false);
    }

    public List<String> keysSeen() {
        return keysSeen;
    }

    private void handle(HttpExchange exchange, boolean input) throws IOException {
        if (down.get()) {
            exchange.close();
            return;
        }
        keysSeen.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String text =
                input ? request.path("text").asString() : request.path("answer").asString();
        ObjectNode verdict = JSON.createObjectNode();
        if (text.toLowerCase().contains("ignore previous instructions")) {
            verdict.put("decision", "BLOCK");
            verdict.putArray("violations")
                    .addObject()
                    .put("type", "PROMPT_INJECTION")
                    .put("score", 0.99);
            verdict.put("sanitizedText", text);
        } else if (EMAIL.matcher(text).find()) {
            verdict.put("decision", "REDACT");
            verdict.putArray("violations")
                    .addObject()
                    .put("type", "EMAIL_ADDRESS")
                    .put("score", 1.0);
            verdict.put("sanitizedText", EMAIL.matcher(text).replaceAll("<EMAIL>"));
        } else {
            verdict.put("decision", "ALLOW");
            verdict.putArray("violations");
            verdict.put("sanitizedText", text);
        }
        if (!input) {
            verdict.put("groundedness", 1.0);
        }
        byte[] body = JSON.writeValueAsString(verdict).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
