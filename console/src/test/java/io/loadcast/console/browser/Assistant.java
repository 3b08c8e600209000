package io.loadcast.console.browser;

import io.loadcast.console.browser.StubService.Reply;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * rag-service's {@code POST /api/v1/query} at the HTTP boundary: picks the passage sharing most words with the
 * question and answers by quoting it with a citation, as the offline extractive answerer does.
 */
final class Assistant {

    record Passage(String documentId, String title, String chunkId, String text) {}

    record Citation(String documentId, String title, String chunkId, String quote) {}

    record Latency(double retrieval, double tool, double generation, double guard, double total) {}

    record Usage(int inputTokens, int outputTokens, double cost) {}

    record Answer(
            String queryId,
            String answer,
            List<Citation> citations,
            String variant,
            Latency latencyMs,
            Usage usage,
            boolean cached) {}

    static final List<Passage> PASSAGES = List.of(
            new Passage(
                    "neso-winter-outlook-2023",
                    "NESO Winter Outlook 2023/24",
                    "neso-winter-outlook-2023#4",
                    "Demand peaks on winter weekday evenings, between 17:00 and 18:30, when lighting, heating and"
                            + " cooking coincide."),
            new Passage(
                    "elexon-settlement",
                    "Elexon: settlement periods explained",
                    "elexon-settlement#1",
                    "The settlement day is divided into 48 half-hour settlement periods; clock-change days have"
                            + " 46 or 50."),
            new Passage(
                    "embedded-solar",
                    "Embedded solar and transmission demand",
                    "embedded-solar#2",
                    "Embedded solar generation lowers transmission demand around midday on sunny days."));

    Reply answer(String method, URI uri, JsonNode body) {
        if (!method.equals("POST") || !uri.getPath().equals("/api/v1/query")) {
            return null;
        }
        Set<String> words = words(StubService.text(body, "question"));
        Passage best = PASSAGES.stream()
                .max(Comparator.comparingLong(
                        p -> words(p.text()).stream().filter(words::contains).count()))
                .orElseThrow();
        return Reply.ok(new Answer(
                UUID.randomUUID().toString(),
                best.text() + " [1]",
                List.of(new Citation(best.documentId(), best.title(), best.chunkId(), best.text())),
                "extractive-v1",
                new Latency(12.5, 0, 3.1, 4.2, 19.8),
                new Usage(0, 0, 0),
                false));
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() > 3)
                .collect(Collectors.toSet());
    }
}
