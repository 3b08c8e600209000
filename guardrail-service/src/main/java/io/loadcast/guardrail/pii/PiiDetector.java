package io.loadcast.guardrail.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds personal data in text and replaces it with typed placeholders. Checksum-validated identifiers (cards,
 * IBANs, NHS numbers) win over looser shapes (phone numbers) where matches overlap.
 */
@Component
public class PiiDetector {

    private static final Comparator<PiiEntity> STRONGEST_FIRST = Comparator.comparingDouble(PiiEntity::score)
            .reversed()
            .thenComparing(Comparator.comparingInt(PiiEntity::length).reversed())
            .thenComparingInt(PiiEntity::start);

    private final List<PatternRecognizer> recognizers;

    public PiiDetector() {
        List<PatternRecognizer> all = new ArrayList<>(StructuredRecognizers.all());
        all.addAll(NameAndAddressRecognizers.all());
        this.recognizers = List.copyOf(all);
    }

    /** Non-overlapping entities in text order. */
    public List<PiiEntity> detect(String text) {
        List<PiiEntity> candidates = new ArrayList<>();
        PatternRecognizer.findAll(recognizers, text, candidates::add);
        candidates.sort(STRONGEST_FIRST);
        List<PiiEntity> kept = new ArrayList<>();
        for (PiiEntity candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PiiEntity::start));
        return kept;
    }

    /** The text with each entity replaced by its placeholder, e.g. {@code <EMAIL>}. */
    public static String redact(String text, List<PiiEntity> entities) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (PiiEntity e : entities.stream()
                .sorted(Comparator.comparingInt(PiiEntity::start))
                .toList()) {
            if (e.start() < from) {
                continue;
            }
            out.append(text, from, e.start()).append(e.type().placeholder());
            from = e.end();
        }
        return out.append(text, from, text.length()).toString();
    }
}
