package io.loadcast.rag.stubs;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** Writing a stub's JSON or problem answer. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes =
                (body instanceof String s ? s : MAPPER.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", status < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static void problem(HttpExchange exchange, int status, String slug, String detail) throws IOException {
        send(
                exchange,
                status,
                "{\"type\":\"https://loadcast.io/problems/" + slug + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
