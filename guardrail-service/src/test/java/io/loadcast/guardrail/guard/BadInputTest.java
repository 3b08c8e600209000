package io.loadcast.guardrail.guard;

import static io.loadcast.guardrail.GuardrailSpringTest.RAG_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.guardrail.GuardrailSpringTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@GuardrailSpringTest
class BadInputTest {

    @LocalServerPort
    int port;

    static Stream<Arguments> badRequests() {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        String nested = "{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        String huge = "{\"text\":\"" + "a".repeat(1_048_576) + "\"}";
        byte[] invalidUtf8 = "{\"text\":\"caf\u00e9 \"}".getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of(
                        "empty text",
                        "/api/v1/guard/input",
                        "application/json",
                        bytes("{\"text\":\"\"}"),
                        400,
                        "invalid-request",
                        "text"),
                Arguments.of(
                        "blank text",
                        "/api/v1/pii/detect",
                        "application/json",
                        bytes("{\"text\":\"   \"}"),
                        400,
                        "invalid-request",
                        "text"),
                Arguments.of(
                        "missing answer",
                        "/api/v1/guard/output",
                        "application/json",
                        bytes("{\"question\":\"q\",\"contexts\":[]}"),
                        400,
                        "invalid-request",
                        "answer"),
                Arguments.of(
                        "1 MB text",
                        "/api/v1/guard/input",
                        "application/json",
                        bytes(huge),
                        413,
                        "text-too-large",
                        "text"),
                Arguments.of(
                        "invalid UTF-8",
                        "/api/v1/guard/input",
                        "application/json",
                        invalidUtf8,
                        400,
                        "malformed-request",
                        null),
                Arguments.of("binary body", "/api/v1/guard/input", "application/octet-stream", binary, 415, null, null),
                Arguments.of(
                        "binary posing as JSON",
                        "/api/v1/guard/output",
                        "application/json",
                        binary,
                        400,
                        "malformed-request",
                        null),
                Arguments.of(
                        "deeply nested JSON",
                        "/api/v1/guard/input",
                        "application/json",
                        bytes(nested),
                        400,
                        "malformed-request",
                        null),
                Arguments.of(
                        "text of the wrong type",
                        "/api/v1/guard/input",
                        "application/json",
                        bytes("{\"text\":{\"a\":1}}"),
                        400,
                        "malformed-request",
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersBadInputWithAProblem(
            String name, String path, String contentType, byte[] body, int status, String slug, String field)
            throws Exception {
        HttpResponse<String> response = new GuardHttp(port).postRaw(path, RAG_KEY, contentType, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = GuardHttp.JSON.readTree(response.body());
        assertThat(problem.path("instance").asString()).isEqualTo(path);
        if (slug != null) {
            assertThat(problem.path("type").asString())
                    .as(response.body())
                    .isEqualTo("https://loadcast.io/problems/" + slug);
        }
        if (field != null) {
            assertThat(response.body()).contains("\"" + field + "\"");
        }
        // the service is still fine afterwards
        assertThat(new GuardHttp(port)
                        .post("/api/v1/pii/detect", RAG_KEY, java.util.Map.of("text", "still here"))
                        .statusCode())
                .isEqualTo(200);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
