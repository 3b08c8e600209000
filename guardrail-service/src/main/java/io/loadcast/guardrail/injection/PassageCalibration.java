package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The passage check's own threshold, set on benign retrieved passages rather than on prompts: shared/data/energy-docs
 * cut into {@link #CHARS}-character passages; every {@code stride}-th passage (at most {@link #EVALUATION} of them)
 * is the evaluation split that the evaluation benchmark measures and calibration never reads; of the rest every
 * k-th (at most {@link #CALIBRATION}) is the calibration split. The split is fixed by position before any score is
 * looked at.
 */
public final class PassageCalibration {

    public static final int CHARS = 1500;
    public static final int EVALUATION = 100;
    public static final int CALIBRATION = 300;
    /** False-positive rate on the calibration passages the threshold is set for. */
    public static final double MAX_FPR = 0.03;

    private PassageCalibration() {}

    /** Every passage of every document, in a fixed order (files sorted, body after the '---' header line). */
    public static List<String> passages(Path energyDocs) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(energyDocs)) {
            for (Path f : files.filter(PassageCalibration::isDocument).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int body = text.indexOf("\n---\n");
                text = body < 0 ? text : text.substring(body + 5);
                for (int i = 0; i + 200 < text.length(); i += CHARS) {
                    all.add(text.substring(i, Math.min(text.length(), i + CHARS)));
                }
            }
        }
        return all;
    }

    private static boolean isDocument(Path p) {
        String s = p.toString();
        return s.endsWith(".md") || s.endsWith(".rst") || s.endsWith(".txt");
    }

    /** The evaluation split: every stride-th passage, at most {@link #EVALUATION}. */
    public static List<String> evaluation(List<String> all) {
        int stride = stride(all);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += stride) {
            out.add(all.get(i));
        }
        return out;
    }

    /** The calibration split: the passages not in {@link #evaluation}, every k-th to at most {@link #CALIBRATION}. */
    public static List<String> calibration(List<String> all) {
        int stride = stride(all);
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % stride != 0) {
                rest.add(all.get(i));
            }
        }
        int k = Math.max(1, (rest.size() + CALIBRATION - 1) / CALIBRATION);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rest.size(); i += k) {
            out.add(rest.get(i));
        }
        return out;
    }

    private static int stride(List<String> all) {
        return Math.max(1, (all.size() + EVALUATION - 1) / EVALUATION);
    }

    /** The lowest threshold at which at most {@link #MAX_FPR} of the benign passages score at or above it. */
    public static double threshold(List<String> benign, ToDoubleFunction<String> score) {
        double[] s = benign.stream().mapToDouble(score).sorted().toArray();
        int allowed = (int) Math.floor(MAX_FPR * s.length);
        double above = s[s.length - 1 - allowed];
        return Math.nextUp(above);
    }

    /**
     * The passage threshold of {@code model} on the calibration split of {@code energyDocs}, scoring as the service
     * does ({@link PassageScorer}); embeddings are read from (and added to) {@code embeddings}.
     */
    public static double calibrate(InjectionModel model, Path energyDocs, EmbeddingFile embeddings, int maxSegments)
            throws IOException {
        Deobfuscator d = new Deobfuscator();
        List<String> benign = calibration(passages(energyDocs));
        List<String> texts = new ArrayList<>();
        for (String p : benign) {
            String clean = d.normalize(p).text();
            texts.add(FeatureTable.head(clean));
            texts.addAll(PassageSegments.of(clean, maxSegments));
        }
        embeddings.fill(texts, new TextEmbedder(), 2);
        PassageScorer scorer = new PassageScorer(model, embeddings::get, d, maxSegments);
        return threshold(benign, scorer::score);
    }
}
