package io.loadcast.rag.guard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What every retrieved passage goes through before it can be quoted, cited, returned by {@code /retrieve} or sent
 * to a model: guardrail-service's indirect-injection check (a blocked passage is dropped and counted in
 * {@code loadcast.rag.passages.blocked}), then personal-data redaction of the passages that remain. Any guardrail
 * failure fails closed (503), like the answer checks.
 */
public final class PassageScreen {

    private final GuardClient guard;
    private final Counter blocked;
    private final Counter screened;

    public PassageScreen(GuardClient guard, MeterRegistry meters) {
        this.guard = guard;
        this.blocked = Counter.builder("loadcast.rag.passages.blocked")
                .description("Retrieved passages dropped by the indirect-injection check")
                .register(meters);
        this.screened = Counter.builder("loadcast.rag.passages.screened")
                .description("Retrieved passages sent to the indirect-injection check")
                .register(meters);
    }

    /** A passage that passed, with its text redacted. */
    public record Screened<T>(T item, String text) {}

    /**
     * The items whose passage the guardrail allows, in their order, each with its redacted text.
     *
     * @param id a unique id per item (the chunk id)
     * @param text the passage text
     */
    public <T> List<Screened<T>> screen(List<T> items, Function<T, String> id, Function<T, String> text) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<GuardClient.Passage> passages = items.stream()
                .map(i -> new GuardClient.Passage(id.apply(i), text.apply(i)))
                .toList();
        Set<String> refused = guard.blockedPassages(passages);
        screened.increment(items.size());
        blocked.increment(refused.size());
        List<Screened<T>> out = new ArrayList<>();
        for (T item : items) {
            if (!refused.contains(id.apply(item))) {
                out.add(new Screened<>(item, guard.redactPii(text.apply(item))));
            }
        }
        return out;
    }
}
