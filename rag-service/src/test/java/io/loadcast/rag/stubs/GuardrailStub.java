package io.loadcast.rag.stubs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * guardrail-service's REST contract on a JDK HttpServer: blocks "ignore previous instructions", redacts e-mail
 * addresses, allows the rest; {@code /guard/passages} blocks planted instructions ("IMPORTANT SYSTEM NOTE"),
 * {@code /pii/detect} redacts e-mail addresses, UK mobile and NI numbers, one name and street addresses. {@link #goDown()} makes it drop connections without answering.
 */
public final class GuardrailStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern INJECTION =
            Pattern.compile("(?i)important system note|ignore (all )?previous instructions");
    private static final List<Map.Entry<Pattern, String>> PII = List.of(
            Map.entry(EMAIL, "<EMAIL_ADDRESS>"),
            Map.entry(Pattern.compile("\\b07\\d{3} ?\\d{6}\\b"), "<PHONE_NUMBER>"),
            Map.entry(Pattern.compile("\\b[A-CEGHJ-PR-TW-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b"), "<UK_NINO>"),
            Map.entry(Pattern.compile("\\bJane Doherty\\b"), "<PERSON>"),
            Map.entry(Pattern.compile("\\b\\d{1,3} [A-Z][a-z]+ (Road|Street|Lane)\\b"), "<ADDRESS>"));

    private final HttpServer server;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean redactWithoutText = new AtomicBoolean();
    private final List<Integer> passageBatches = new CopyOnWriteArrayList<>();
    private final List<String> keysSeen = new CopyOnWriteArrayList<>();

    public GuardrailStub() throws IOException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a call
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/guard/input", ex -> handle(ex, true));
        server.createContext("/api/v1/guard/output", ex -> handle(ex, false));
        server.createContext("/api/v1/guard/passages", this::passages);
        server.createContext("/api/v1/pii/detect", this::pii);
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

    /** From now on input checks answer REDACT without a sanitised text (a broken guardrail). */
    public void redactWithoutText(boolean on) {
        redactWithoutText.set(on);
    }

    /** The size of each {@code /guard/passages} call received. */
    public List<Integer> passageBatches() {
        return passageBatches;
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
        if (input && redactWithoutText.get()) {
            verdict.put("decision", "REDACT");
            verdict.putArray("violations");
        } else if (text.toLowerCase().contains("ignore previous instructions")) {
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
        reply(exchange, verdict);
    }

    /** The indirect-injection contract: one result per passage, in order, ALLOW or BLOCK. */
    private void passages(HttpExchange exchange) throws IOException {
        if (down.get()) {
            exchange.close();
            return;
        }
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        passageBatches.add(request.path("passages").size());
        for (JsonNode passage : request.path("passages")) {
            boolean injected =
                    INJECTION.matcher(passage.path("text").asString()).find();
            ObjectNode result = results.addObject()
                    .put("id", passage.path("id").asString())
                    .put("decision", injected ? "BLOCK" : "ALLOW")
                    .put("score", injected ? 0.93 : 0.01);
            ArrayNode violations = result.putArray("violations");
            if (injected) {
                violations.addObject().put("type", "INDIRECT_INJECTION").put("score", 0.93);
            }
        }
        reply(exchange, answer);
    }

    private void pii(HttpExchange exchange) throws IOException {
        if (down.get()) {
            exchange.close();
            return;
        }
        String text = JSON.readTree(exchange.getRequestBody().readAllBytes())
                .path("text")
                .asString();
        for (Map.Entry<Pattern, String> type : PII) {
            text = type.getKey().matcher(text).replaceAll(type.getValue());
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("entities");
        answer.put("redactedText", text);
        reply(exchange, answer);
    }

    private static void reply(HttpExchange exchange, JsonNode verdict) throws IOException {
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
