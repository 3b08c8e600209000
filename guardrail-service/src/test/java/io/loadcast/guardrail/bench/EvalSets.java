package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.injection.LabelledText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The evaluation sets written for issue 18 before tuning (test resources under {@code eval/}). */
final class EvalSets {

    private EvalSets() {}

    /** Benign operator questions with trigger words: one a line, '#' lines are comments. */
    static List<LabelledText> operatorQuestions() throws IOException {
        return resource("/eval/operator-trigger-questions.txt")
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> new LabelledText(l, false, "operator-trigger-questions"))
                .toList();
    }

    /** Planted indirect injections: passages separated by lines holding only '==='. */
    static List<LabelledText> plantedIndirect() throws IOException {
        return planted("/eval/planted-indirect.txt");
    }

    /** The second planted set, written in session 7 before that session's passage cues. */
    static List<LabelledText> plantedIndirectS7() throws IOException {
        return planted("/eval/planted-indirect-s7.txt");
    }

    private static List<LabelledText> planted(String name) throws IOException {
        List<LabelledText> out = new ArrayList<>();
        String body = resource(name).lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        for (String part : body.split("\n===\n")) {
            if (!part.isBlank()) {
                out.add(new LabelledText(part.strip(), true, "planted-indirect"));
            }
        }
        return out;
    }

    static List<String> lines(String... texts) {
        return Arrays.asList(texts);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EvalSets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
