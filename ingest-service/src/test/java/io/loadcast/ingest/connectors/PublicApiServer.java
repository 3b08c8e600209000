package io.loadcast.ingest.connectors;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local HTTP server answering like the public APIs (CKAN datastore, Open-Meteo), on a free port. Each path is
 * answered by a function of the query parameters giving {status, body}; every request is recorded.
 */
final class PublicApiServer implements AutoCloseable {

    record Answer(int status, String body) {}

    private final HttpServer server;
    final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Map<String, String>, Answer>> routes = new HashMap<>();

    PublicApiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            query.put("_path", exchange.getRequestURI().getPath());
            requests.add(query);
            Function<Map<String, String>, Answer> route =
                    routes.get(exchange.getRequestURI().getPath());
            Answer answer = route == null ? new Answer(404, "{\"error\":\"not found\"}") : route.apply(query);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    PublicApiServer route(String path, Function<Map<String, String>, Answer> answer) {
        routes.put(path, answer);
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
