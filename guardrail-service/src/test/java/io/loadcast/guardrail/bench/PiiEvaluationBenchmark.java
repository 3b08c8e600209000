package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.pii.PiiDetector;
import io.loadcast.guardrail.pii.PiiEntity;
import io.loadcast.guardrail.pii.PiiType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Span precision and recall by entity type on Presidio's synthetic set (presidio_synth_dataset_v2.json). A
 * prediction matches a gold span of the same type when they overlap; "exact" also requires equal boundaries.
 * Gold types this detector does not produce (GPE, ORGANIZATION, DATE_TIME, ...) are ignored, but a prediction
 * overlapping one counts as a false positive.
 */
public final class PiiEvaluationBenchmark {

    private static final Map<String, PiiType> GOLD = Map.of(
            "EMAIL_ADDRESS", PiiType.EMAIL,
            "PHONE_NUMBER", PiiType.PHONE,
            "CREDIT_CARD", PiiType.CARD_NUMBER,
            "IBAN_CODE", PiiType.IBAN,
            "IP_ADDRESS", PiiType.IP_ADDRESS,
            "PERSON", PiiType.PERSON,
            "STREET_ADDRESS", PiiType.STREET_ADDRESS);

    private record Gold(PiiType type, int start, int end) {}

    public static void main(String[] args) throws IOException {
        Path file = BenchData.root(args).resolve("pii/presidio_synth_dataset_v2.json");
        JsonNode samples = JsonMapper.builder().build().readTree(file.toFile());
        PiiDetector detector = new PiiDetector();
        Map<PiiType, int[]> counts = new EnumMap<>(PiiType.class); // tp, fp, fn, exact, gold
        long nanos = 0;
        int chars = 0;
        for (JsonNode sample : samples) {
            String text = sample.path("full_text").asString();
            List<Gold> gold = sample.path("spans")
                    .valueStream()
                    .filter(s -> GOLD.containsKey(s.path("entity_type").asString()))
                    .map(s -> new Gold(
                            GOLD.get(s.path("entity_type").asString()),
                            s.path("start_position").asInt(),
                            s.path("end_position").asInt()))
                    .toList();
            long t0 = System.nanoTime();
            List<PiiEntity> predicted = detector.detect(text);
            nanos += System.nanoTime() - t0;
            chars += text.length();
            for (PiiEntity p : predicted) {
                int[] c = counts.computeIfAbsent(p.type(), k -> new int[5]);
                boolean hit =
                        gold.stream().anyMatch(g -> g.type() == p.type() && g.start() < p.end() && p.start() < g.end());
                c[hit ? 0 : 1]++;
                if (!hit && p.type().name().equals(System.getProperty("pii.debug"))) {
                    System.out.println("FP " + text.substring(p.start(), p.end()) + "  | " + text.replace('\n', ' '));
                }
            }
            for (Gold g : gold) {
                int[] c = counts.computeIfAbsent(g.type(), k -> new int[5]);
                c[4]++;
                boolean found = predicted.stream()
                        .anyMatch(p -> p.type() == g.type() && g.start() < p.end() && p.start() < g.end());
                if (!found) {
                    c[2]++;
                    if (g.type().name().equals(System.getProperty("pii.debug"))) {
                        System.out.println(
                                "FN " + text.substring(g.start(), g.end()) + "  | " + text.replace('\n', ' '));
                    }
                }
                if (predicted.stream()
                        .anyMatch(p -> p.type() == g.type() && p.start() == g.start() && p.end() == g.end())) {
                    c[3]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "PII on %s (%d samples)%n", file.getFileName(), samples.size());
        System.out.printf(
                Locale.ROOT,
                "%-15s %5s %5s %5s %9s %7s %12s%n",
                "type",
                "gold",
                "found",
                "FP",
                "precision",
                "recall",
                "exact recall");
        counts.forEach((type, c) -> {
            // recall counts gold spans found (several predictions inside one address count once), precision
            // counts predictions that overlap a gold span of their type
            int gold = c[4];
            System.out.printf(
                    Locale.ROOT,
                    "%-15s %5s %5d %5d %9s %7s %12s%n",
                    type,
                    GOLD.containsValue(type) ? Integer.toString(gold) : "-",
                    c[4] - c[2],
                    c[1],
                    c[0] + c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c[0] / (c[0] + c[1])),
                    gold == 0 ? "-" : String.format(Locale.ROOT, "%.3f", 1 - (double) c[2] / gold),
                    gold == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c[3] / gold));
        });
        System.out.printf(
                Locale.ROOT,
                "detector time: %.1f us per sample (%.0f chars on average)%n",
                nanos / 1e3 / samples.size(),
                (double) chars / samples.size());
    }
}
