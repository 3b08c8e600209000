package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.injection.BinaryMetrics;
import io.loadcast.guardrail.injection.EmbeddingFile;
import io.loadcast.guardrail.injection.FeatureTable;
import io.loadcast.guardrail.injection.InjectionModel;
import io.loadcast.guardrail.injection.InjectionSources;
import io.loadcast.guardrail.injection.LabelledText;
import io.loadcast.guardrail.injection.PassageCalibration;
import io.loadcast.guardrail.injection.PassageScorer;
import io.loadcast.guardrail.injection.PassageSegments;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the shipped injection model's figures: its leave-one-source-out table (stored by the trainer), the
 * benign operator questions with trigger words (never trained on), the planted indirect injections and benign
 * energy-docs passages through the passage check, and per-source figures of the final model (in-sample).
 */
public final class InjectionEvaluationBenchmark {

    public static void main(String[] args) throws Exception {
        Path data = BenchData.root(args);
        InjectionModel model;
        try (InputStream in =
                InjectionEvaluationBenchmark.class.getResourceAsStream("/models/injection-detector.json")) {
            model = InjectionModel.read(in);
        }
        double t = model.threshold();
        System.out.printf(Locale.ROOT, "Injection model %s v%s, threshold %.4f%n", model.name(), model.version(), t);
        System.out.printf(Locale.ROOT, "%nLeave-one-source-out (stored by the trainer, threshold %.4f)%n", t);
        header();
        model.metrics().forEach((k, m) -> {
            if (k.startsWith("loso:") && m.containsKey("n")) {
                System.out.printf(
                        Locale.ROOT,
                        "%-34s %6.0f %9.3f %7.3f %7.3f %7.3f%n",
                        k.substring(5),
                        m.get("n"),
                        m.get("precision"),
                        m.get("recall"),
                        m.get("f1"),
                        m.get("fpr"));
            }
        });
        EmbeddingFile cache = new EmbeddingFile(Path.of("target/injection-embeddings.bin"));
        TextEmbedder embedder = new TextEmbedder();
        Deobfuscator d = new Deobfuscator();
        Scorer scorer = new Scorer(model, cache, embedder, d);

        System.out.printf(Locale.ROOT, "%nHeld-out sets (never trained on)%n");
        header();
        List<LabelledText> operator = EvalSets.operatorQuestions();
        row("operator trigger-word questions", operator, scorer.direct(operator), t);
        double tp = model.passageThresholdOrDefault();
        System.out.printf(Locale.ROOT, "%nPassage check at its threshold %.4f (prompt threshold %.4f)%n", tp, t);
        header();
        List<LabelledText> planted = EvalSets.plantedIndirect();
        row("planted indirect (passage check)", planted, scorer.passages(planted), tp);
        // the evaluation split of PassageCalibration: the calibration split (the threshold's) shares none of it
        List<LabelledText> docs =
                PassageCalibration.evaluation(PassageCalibration.passages(data.resolve("energy-docs"))).stream()
                        .map(x -> new LabelledText(x, false, "energy-docs"))
                        .toList();
        row("energy-docs passages (passage check)", docs, scorer.passages(docs), tp);
        List<LabelledText> carried = EnergyDocs.carriers(docs, planted);
        row("planted orders inside energy-docs", carried, scorer.passages(carried), tp);
        List<LabelledText> plantedS7 = EvalSets.plantedIndirectS7();
        row("planted indirect, session-7 set", plantedS7, scorer.passages(plantedS7), tp);
        List<LabelledText> carriedS7 = EnergyDocs.carriers(docs, plantedS7);
        row("session-7 orders inside energy-docs", carriedS7, scorer.passages(carriedS7), tp);
        PassageCues.print(data, docs, planted, plantedS7);

        System.out.printf(Locale.ROOT, "%nFinal model per source (in-sample: it was fitted on these)%n");
        header();
        for (InjectionSources.Source s : InjectionSources.load(data)) {
            row(s.name(), s.texts(), scorer.direct(s.texts()), t);
        }
    }

    /** Scores like the service: head embedding for a prompt; head and segments for a passage. */
    record Scorer(InjectionModel model, EmbeddingFile cache, TextEmbedder embedder, Deobfuscator d) {

        List<Double> direct(List<LabelledText> texts) throws java.io.IOException {
            List<String> heads = texts.stream()
                    .map(x -> FeatureTable.head(d.normalize(x.text()).text()))
                    .toList();
            cache.fill(heads, embedder, 2);
            List<Double> out = new ArrayList<>();
            for (LabelledText x : texts) {
                var clean = d.normalize(x.text());
                out.add(model.probability(clean, cache.get(FeatureTable.head(clean.text()))));
            }
            return out;
        }

        List<Double> passages(List<LabelledText> texts) throws java.io.IOException {
            List<String> all = new ArrayList<>();
            for (LabelledText x : texts) {
                String clean = d.normalize(x.text()).text();
                all.add(FeatureTable.head(clean));
                all.addAll(PassageSegments.of(clean, 40));
            }
            cache.fill(all, embedder, 2);
            PassageScorer p = new PassageScorer(model, cache::get, d, 40);
            return texts.stream().map(x -> p.score(x.text())).toList();
        }
    }

    static void header() {
        System.out.printf(Locale.ROOT, "%-34s %6s %9s %7s %7s %7s%n", "set", "n", "precision", "recall", "F1", "FPR");
    }

    static void row(String name, List<LabelledText> data, List<Double> scores, double t) {
        BinaryMetrics m = BinaryMetrics.of(data, scores, t);
        Map<String, Double> f = m.asMap();
        boolean pos = m.truePositives() + m.falseNegatives() > 0;
        boolean neg = m.falsePositives() + m.trueNegatives() > 0;
        System.out.printf(
                Locale.ROOT,
                "%-34s %6d %9s %7s %7s %7s%n",
                name,
                data.size(),
                pos ? String.format(Locale.ROOT, "%.3f", f.get("precision")) : "-",
                pos ? String.format(Locale.ROOT, "%.3f", f.get("recall")) : "-",
                pos && neg ? String.format(Locale.ROOT, "%.3f", f.get("f1")) : "-",
                neg ? String.format(Locale.ROOT, "%.3f", f.get("fpr")) : "-");
    }
}
