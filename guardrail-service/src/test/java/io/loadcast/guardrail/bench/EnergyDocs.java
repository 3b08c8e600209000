package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.injection.LabelledText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Benign passages cut from shared/data/energy-docs (the body after each file's '---' header line). */
final class EnergyDocs {

    private EnergyDocs() {}

    /** Every document's body cut into {@code chars}-character passages; every k-th kept to at most {@code max}. */
    static List<LabelledText> passages(Path dir, int chars, int max) throws IOException {
        List<LabelledText> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")
                            || p.toString().endsWith(".rst")
                            || p.toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int body = text.indexOf("\n---\n");
                text = body < 0 ? text : text.substring(body + 5);
                for (int i = 0; i + 200 < text.length(); i += chars) {
                    all.add(new LabelledText(
                            text.substring(i, Math.min(text.length(), i + chars)), false, "energy-docs"));
                }
            }
        }
        int stride = Math.max(1, (all.size() + max - 1) / max);
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += stride) {
            out.add(all.get(i));
        }
        return out;
    }

    /** Each planted order's middle line put into the middle of a benign passage (a document carrying it). */
    static List<LabelledText> carriers(List<LabelledText> docs, List<LabelledText> planted) {
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < planted.size() && i < docs.size(); i++) {
            String doc = docs.get(i * (docs.size() / planted.size())).text();
            String order = planted.get(i).text();
            int cut = doc.indexOf(". ", doc.length() / 2);
            cut = cut < 0 ? doc.length() / 2 : cut + 2;
            out.add(new LabelledText(doc.substring(0, cut) + order + " " + doc.substring(cut), true, "carried"));
        }
        return out;
    }
}
