package io.loadcast.console.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One loadcast service's REST API at the HTTP boundary: a JDK {@link HttpServer} on a free port that answers CORS
 * preflights like the services' {@code DashboardCors} does, records every request, and renders unknown paths as
 * RFC 9457 problems.
 */
final class StubService {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Answers one request; returns null for "no such endpoint". */
    interface Route {
        Reply handle(String method, URI uri, JsonNode body) throws Exception;
    }

    record Reply(int status, Object body) {
        static Reply ok(Object body) {
            return new Reply(200, body);
        }
    }

    record Call(String method, String path, String query, JsonNode body, String apiKey) {}

    private final String name;
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    StubService(String name, Route route) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                serve(exchange, route);
            } catch (Exception e) {
                throw new IOException(name + " stub failed", e);
            }
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The calls so far, as a snapshot: the page keeps polling while a test reads them. */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange, Route route) throws Exception {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && origin.startsWith("http://localhost:")) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
            exchange.getResponseHeaders().add("Vary", "Origin");
        }
        String method = exchange.getRequestMethod();
        if (method.equals("OPTIONS")) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
            exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "X-Api-Key, Content-Type, Authorization");
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        URI uri = exchange.getRequestURI();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
        calls.add(new Call(
                method,
                uri.getPath(),
                uri.getRawQuery(),
                body,
                exchange.getRequestHeaders().getFirst("X-Api-Key")));
        Reply reply = route.handle(method, uri, body);
        if (reply == null) {
            reply = new Reply(
                    404, new Problem("https://loadcast.io/problems/not-found", "Not Found", 404, uri.getPath()));
        }
        byte[] out = JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders()
                .add("Content-Type", reply.status() >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(reply.status(), out.length);
        exchange.getResponseBody().write(out);
    }

    record Problem(String type, String title, int status, String detail) {}

    @Override
    public String toString() {
        return name + " stub at " + url() + " (" + calls.size() + " calls)";
    }

    static String text(JsonNode node, String field) {
        return node == null ? "" : node.path(field).asString("");
    }
}
