package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.injection.AddressedInstructions;
import io.loadcast.guardrail.injection.LabelledText;
import io.loadcast.guardrail.injection.PassageCalibration;
import io.loadcast.guardrail.injection.PassageSegments;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passage cues of {@link AddressedInstructions} on their own: how many benign passages (energy-docs calibration
 * and evaluation splits, SciFact abstracts) and planted injections have a segment that fires them.
 */
final class PassageCues {

    private static final Deobfuscator DEOBFUSCATOR = new Deobfuscator();

    private PassageCues() {}

    static void print(Path data, List<LabelledText> evaluation, List<LabelledText> planted, List<LabelledText> s7)
            throws IOException {
        System.out.printf(Locale.ROOT, "%nAddressed-to-the-AI cues alone (share of passages with a firing segment)%n");
        List<String> all = PassageCalibration.passages(data.resolve("energy-docs"));
        line("energy-docs calibration split (benign)", PassageCalibration.calibration(all));
        line(
                "energy-docs evaluation split (benign)",
                evaluation.stream().map(LabelledText::text).toList());
        line("SciFact abstracts (benign)", abstracts(data.resolve("beir-scifact/corpus.jsonl.gz")));
        line(
                "planted indirect (session 6 set)",
                planted.stream().map(LabelledText::text).toList());
        line(
                "planted indirect (session 7 set)",
                s7.stream().map(LabelledText::text).toList());
    }

    private static void line(String name, List<String> passages) {
        long firing = passages.stream().filter(PassageCues::fires).count();
        System.out.printf(
                Locale.ROOT,
                "%-40s %5d passages, %4d fire (%.3f)%n",
                name,
                passages.size(),
                firing,
                (double) firing / passages.size());
    }

    static boolean fires(String passage) {
        return PassageSegments.of(DEOBFUSCATOR.normalize(passage).text(), 40).stream()
                .anyMatch(AddressedInstructions::matches);
    }

    private static List<String> abstracts(Path corpus) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                out.add(json.readTree(l).path("text").asString());
            }
        }
        return out;
    }
}
