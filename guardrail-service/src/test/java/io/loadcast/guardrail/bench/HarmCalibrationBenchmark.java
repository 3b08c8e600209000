package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.injection.EmbeddingFile;
import io.loadcast.guardrail.injection.FeatureTable;
import io.loadcast.guardrail.injection.InjectionSources;
import io.loadcast.guardrail.injection.LabelledText;
import io.loadcast.guardrail.moderation.HarmClassifier;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calibrates the harm and denied-topic thresholds (cosine similarity to the exemplars): recall on the harmful
 * requests of the extra pool (AdvBench, HarmBench, forbidden questions, XSTest unsafe; none of them exemplars)
 * against false positives on benign questions (the operator set, NQ, XSTest's safe look-alikes, role prompts), for
 * a grid of thresholds; and names the lowest threshold whose worst benign FPR is at most 2 %.
 */
public final class HarmCalibrationBenchmark {

    public static void main(String[] args) throws Exception {
        Path data = BenchData.root(args);
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        for (InjectionSources.PoolRow r :
                InjectionSources.pool(data.resolve("prompt-injection-extra/training_pool.jsonl.gz"))) {
            boolean keep = !r.injection() && (r.harmful() || r.source().equals("exaggerated-safety"));
            if (keep) {
                String name = r.harmful() ? "harmful:" + r.source() : "benign:xstest-safe";
                sets.computeIfAbsent(name, k -> new ArrayList<>()).add(new LabelledText(r.text(), r.harmful(), name));
            }
        }
        sets.put("benign:operator-questions", EvalSets.operatorQuestions());
        for (InjectionSources.Source s : InjectionSources.load(data)) {
            if (s.name().equals("nq-open") || s.name().equals("awesome-chatgpt-prompts")) {
                sets.put("benign:" + s.name(), s.texts());
            }
        }
        Deobfuscator d = new Deobfuscator();
        EmbeddingFile cache = new EmbeddingFile(Path.of("target/injection-embeddings.bin"));
        TextEmbedder embedder = new TextEmbedder();
        HarmClassifier harm = new HarmClassifier(embedder);
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<LabelledText>> e : sets.entrySet()) {
            List<String> heads = e.getValue().stream()
                    .map(x -> FeatureTable.head(d.normalize(x.text()).text()))
                    .toList();
            cache.fill(heads, embedder, 2);
            scores.put(
                    e.getKey(),
                    heads.stream()
                            .mapToDouble(h -> {
                                float[] v = cache.get(h);
                                return Math.max(
                                        harm.harm(v).similarity(),
                                        harm.deniedTopic(v).similarity());
                            })
                            .toArray());
        }
        System.out.printf(Locale.ROOT, "%-10s", "threshold");
        scores.keySet().forEach(k -> System.out.printf(Locale.ROOT, " %16s", abbreviate(k)));
        System.out.println("   (harmful: recall; benign: FPR)");
        double chosen = Double.NaN;
        for (double t = 0.70; t <= 0.901; t += 0.01) {
            System.out.printf(Locale.ROOT, "%-10.2f", t);
            double worstBenign = 0;
            for (Map.Entry<String, double[]> e : scores.entrySet()) {
                double share = share(e.getValue(), t);
                System.out.printf(Locale.ROOT, " %16.3f", share);
                if (e.getKey().startsWith("benign:")) {
                    worstBenign = Math.max(worstBenign, share);
                }
            }
            System.out.println();
            if (Double.isNaN(chosen) && worstBenign <= 0.02) {
                chosen = t;
            }
        }
        System.out.printf(Locale.ROOT, "lowest threshold with every benign set's FPR <= 2 %%: %.2f%n", chosen);
    }

    private static double share(double[] s, double t) {
        return (double) java.util.Arrays.stream(s).filter(x -> x >= t).count() / s.length;
    }

    private static String abbreviate(String k) {
        return k.length() <= 16 ? k : k.substring(0, 16);
    }
}
