package io.loadcast.rag.guard;

import io.loadcast.rag.http.ResilientHttp;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls guardrail-service. It fails closed: when the service cannot be reached, times out, answers with an
 * error, with something that is not a verdict, or with a REDACT verdict that carries no sanitised text, the check
 * throws a 503 problem, so no unguarded text leaves.
 */
public final class GuardClient {

    /** guardrail-service accepts at most this many passages per call. */
    public static final int MAX_PASSAGES_PER_CALL = 50;

    private static final Logger log = LoggerFactory.getLogger(GuardClient.class);
    private static final Set<String> DECISIONS = Set.of("ALLOW", "REDACT", "BLOCK");
    private static final Set<String> PASSAGE_DECISIONS = Set.of("ALLOW", "BLOCK");

    /** A passage to screen: any id unique within the call, and its text. */
    public record Passage(String id, String text) {}

    private final ResilientHttp http;
    private final GuardrailApi api;

    public GuardClient(ResilientHttp http) {
        this.http = http;
        this.api = http.client(GuardrailApi.class);
    }

    public GuardVerdict checkInput(String text) {
        return verdict("/guard/input", () -> api.input(new GuardrailApi.InputCheck(text)));
    }

    public GuardVerdict checkOutput(String question, String answer, List<String> contexts) {
        return verdict("/guard/output", () -> api.output(new GuardrailApi.OutputCheck(question, answer, contexts)));
    }

    /**
     * The ids of the passages guardrail-service's indirect-injection detector blocks, in batches of
     * {@value #MAX_PASSAGES_PER_CALL}. A missing, extra or undecided result fails closed.
     */
    public Set<String> blockedPassages(List<Passage> passages) {
        Set<String> blocked = new java.util.HashSet<>();
        for (int from = 0; from < passages.size(); from += MAX_PASSAGES_PER_CALL) {
            List<Passage> batch = passages.subList(from, Math.min(passages.size(), from + MAX_PASSAGES_PER_CALL));
            blocked.addAll(blockedIn(batch));
        }
        return blocked;
    }

    private Set<String> blockedIn(List<Passage> batch) {
        List<GuardrailApi.Passage> body = batch.stream()
                .map(p -> new GuardrailApi.Passage(p.id(), p.text()))
                .toList();
        GuardrailApi.PassagesVerdict verdict =
                call("/guard/passages", () -> api.passages(new GuardrailApi.PassagesCheck(body)));
        List<GuardrailApi.PassageResult> results = verdict == null ? null : verdict.results();
        if (results == null || results.size() != batch.size()) {
            throw unavailable("/guard/passages answered " + (results == null ? "no" : results.size()) + " results for "
                    + batch.size() + " passages");
        }
        Map<String, GuardrailApi.PassageResult> byId = results.stream()
                .collect(Collectors.toMap(GuardrailApi.PassageResult::id, Function.identity(), (a, b) -> a));
        List<String> blocked = new ArrayList<>();
        for (Passage passage : batch) {
            GuardrailApi.PassageResult result = byId.get(passage.id());
            if (result == null || result.decision() == null || !PASSAGE_DECISIONS.contains(result.decision())) {
                throw unavailable("/guard/passages gave no decision for passage " + passage.id());
            }
            if ("BLOCK".equals(result.decision())) {
                blocked.add(passage.id());
            }
        }
        return Set.copyOf(blocked);
    }

    /** {@code text} with every personal-data span replaced by its typed placeholder ({@code /pii/detect}). */
    public String redactPii(String text) {
        if (text.isBlank()) {
            return text;
        }
        GuardrailApi.PiiVerdict verdict = call("/pii/detect", () -> api.pii(new GuardrailApi.PiiRequest(text)));
        if (verdict == null || verdict.redactedText() == null) {
            throw unavailable("/pii/detect answered without a redacted text");
        }
        return verdict.redactedText();
    }

    private GuardVerdict verdict(String path, java.util.function.Supplier<GuardVerdict> request) {
        GuardVerdict verdict = call(path, request);
        if (verdict == null || verdict.decision() == null || !DECISIONS.contains(verdict.decision())) {
            throw unavailable(path + " answered without a decision");
        }
        if ("REDACT".equals(verdict.decision()) && verdict.sanitizedText() == null) {
            throw unavailable(path + " answered REDACT without a sanitised text");
        }
        return verdict;
    }

    private <T> T call(String path, java.util.function.Supplier<T> request) {
        try {
            return http.call(path, request);
        } catch (ResilientHttp.CallFailed e) {
            throw unavailable(e.getMessage());
        }
    }

    private static LoadcastProblemException unavailable(@Nullable String reason) {
        log.warn("Guardrail check failed closed: {}", reason);
        return new LoadcastProblemException(
                ProblemType.GUARDRAIL_UNAVAILABLE,
                "The guardrail service could not check this request, so no answer is given (" + reason + ").");
    }
}
