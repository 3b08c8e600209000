package io.loadcast.rag.guard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** guardrail-service's REST contract, as rag-service calls it (declarative client over RestClient). */
@HttpExchange(url = "/api/v1", contentType = "application/json", accept = "application/json")
interface GuardrailApi {

    record InputCheck(String text) {}

    record OutputCheck(String question, String answer, List<String> contexts) {}

    record Passage(String id, String text) {}

    record PassagesCheck(List<Passage> passages) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PassageResult(
            String id,
            @Nullable String decision,
            @Nullable Double score,
            @Nullable List<GuardVerdict.Violation> violations) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PassagesVerdict(@Nullable List<PassageResult> results) {}

    record PiiRequest(String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PiiVerdict(
            @Nullable List<Object> entities, @Nullable String redactedText) {}

    @PostExchange("/guard/input")
    GuardVerdict input(@RequestBody InputCheck body);

    @PostExchange("/guard/output")
    GuardVerdict output(@RequestBody OutputCheck body);

    @PostExchange("/guard/passages")
    PassagesVerdict passages(@RequestBody PassagesCheck body);

    @PostExchange("/pii/detect")
    PiiVerdict pii(@RequestBody PiiRequest body);
}
