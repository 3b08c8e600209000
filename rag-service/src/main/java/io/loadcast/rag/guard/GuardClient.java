package io.loadcast.rag.guard;

import io.loadcast.starter.problem.LoadcastProblemException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls guardrail-service. It fails closed: when the service cannot be reached, times out, answers with an
 * error or with something that is not a verdict, the check throws a 503 problem, so no unguarded answer leaves.
 */
public final class GuardClient {

    private static final Logger log = LoggerFactory.getLogger(GuardClient.class);
    private static final Set<String> DECISIONS = Set.of("ALLOW", "REDACT", "BLOCK");

    private final HttpClient http;
    private final URI baseUrl;
    private final @Nullable String apiKey;
    private final Duration timeout;
    private final JsonMapper json;

    public GuardClient(URI baseUrl, @Nullable String apiKey, Duration timeout, JsonMapper json) {
        this.http = HttpClient.newBuilder()
                // plain HTTP/1.1: no h2c upgrade attempt on every call to a sibling service
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.json = json;
    }

    public GuardVerdict checkInput(String text) {
        return call("/api/v1/guard/input", Map.of("text", text));
    }

    public GuardVerdict checkOutput(String question, String answer, List<String> contexts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", question);
        body.put("answer", answer);
        body.put("contexts", contexts);
        return call("/api/v1/guard/output", body);
    }

    private GuardVerdict call(String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-Api-Key", apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable(path + " answered HTTP " + response.statusCode());
            }
            GuardVerdict verdict = json.readValue(response.body(), GuardVerdict.class);
            if (verdict.decision() == null || !DECISIONS.contains(verdict.decision())) {
                throw unavailable(path + " answered without a decision");
            }
            return verdict;
        } catch (IOException | JacksonException e) {
            throw unavailable(path + " failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(path + " was interrupted");
        }
    }

    private static LoadcastProblemException unavailable(String reason) {
        log.warn("Guardrail check failed closed: {}", reason);
        return new LoadcastProblemException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "guardrail-unavailable",
                "Guardrail unavailable",
                "The guardrail service could not check this request, so no answer is given (" + reason + ").");
    }
}
