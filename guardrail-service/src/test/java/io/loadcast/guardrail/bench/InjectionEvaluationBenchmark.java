package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.injection.BinaryMetrics;
import io.loadcast.guardrail.injection.InjectionDatasets;
import io.loadcast.guardrail.injection.InjectionFeaturizer;
import io.loadcast.guardrail.injection.InjectionModel;
import io.loadcast.guardrail.injection.InjectionTrainer;
import io.loadcast.guardrail.injection.LabelledText;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints precision, recall, F1 and false-positive rate of the shipped injection model on the held-out deepset test
 * part (same seed as training), on the Giskard and navirocker attack sets, on Natural Questions (benign) and on
 * passages of the energy documents (benign, long: false alarms of the indirect-injection check).
 */
public final class InjectionEvaluationBenchmark {

    public static void main(String[] args) throws IOException {
        Path data = BenchData.root(args).resolve("prompt-injection");
        InjectionModel model;
        try (InputStream in =
                InjectionEvaluationBenchmark.class.getResourceAsStream("/models/injection-detector.json")) {
            model = InjectionModel.read(in);
        }
        InjectionFeaturizer featurizer = new InjectionFeaturizer(new TextEmbedder(), new Deobfuscator(), model);
        InjectionTrainer scorer = new InjectionTrainer(featurizer, InjectionTrainer.Hyperparameters.defaults());
        double t = model.threshold();
        System.out.printf(
                Locale.ROOT,
                "Injection model %s version %s (%s), threshold %.4f, seed %d%n",
                model.name(),
                model.versionOrDefault(),
                model.format(),
                t,
                model.seed());
        System.out.printf(Locale.ROOT, "%-44s %6s %9s %7s %7s %7s%n", "set", "n", "precision", "recall", "F1", "FPR");

        List<LabelledText> test = InjectionDatasets.split(
                        InjectionDatasets.deepset(data.resolve("deepset_prompt_injections_train.csv")), model.seed())
                .test();
        row("deepset held-out test (20%)", test, scorer.scores(model, test), t);
        List<LabelledText> giskard = InjectionDatasets.giskard(data.resolve("giskard_prompt_injections.csv"));
        List<Double> giskardScores = scorer.scores(model, giskard);
        row("giskard (all attacks)", giskard, giskardScores, t);
        byGroup("giskard", giskard, giskardScores, t);
        List<LabelledText> navirocker =
                InjectionDatasets.navirocker(data.resolve("navirocker_redteam_master_dataset.csv"));
        List<Double> naviScores = scorer.scores(model, navirocker);
        row("navirocker (all 8 categories)", navirocker, naviScores, t);
        byGroup("navirocker", navirocker, naviScores, t);
        List<LabelledText> nq = InjectionDatasets.naturalQuestions(data.resolve("nq_open_dev_questions_benign.jsonl"));
        row("NQ-open dev questions (benign)", nq, scorer.scores(model, nq), t);
        List<LabelledText> passages = energyPassages(BenchData.root(args).resolve("energy-docs"));
        row("energy-docs passages, 1500 chars (benign)", passages, scorer.scores(model, passages), t);

        List<LabelledText> mixed = new ArrayList<>(test);
        mixed.addAll(giskard);
        mixed.addAll(navirocker.stream()
                .filter(x -> x.group().equals("jailbreaking"))
                .toList());
        mixed.addAll(nq);
        row("combined: deepset test + giskard + navirocker jailbreaking + NQ", mixed, scorer.scores(model, mixed), t);
    }

    /** One row per group (attack family, category) of a set. */
    private static void byGroup(String set, List<LabelledText> data, List<Double> scores, double threshold) {
        Map<String, List<Integer>> byGroup = new TreeMap<>();
        for (int i = 0; i < data.size(); i++) {
            byGroup.computeIfAbsent(data.get(i).group(), k -> new ArrayList<>()).add(i);
        }
        byGroup.forEach((group, idx) -> row(
                "  " + set + " " + group,
                idx.stream().map(data::get).toList(),
                idx.stream().map(scores::get).toList(),
                threshold));
    }

    private static void row(String name, List<LabelledText> data, List<Double> scores, double threshold) {
        BinaryMetrics m = BinaryMetrics.of(data, scores, threshold);
        boolean hasPositives = data.stream().anyMatch(LabelledText::injection);
        boolean hasNegatives = data.stream().anyMatch(x -> !x.injection());
        System.out.printf(
                Locale.ROOT,
                "%-44s %6d %9s %7s %7s %7s%n",
                name,
                data.size(),
                hasPositives && hasNegatives ? fmt(m.precision()) : "-",
                hasPositives ? fmt(m.recall()) : "-",
                hasPositives && hasNegatives ? fmt(m.f1()) : "-",
                hasNegatives ? fmt(m.falsePositiveRate()) : "-");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static List<LabelledText> energyPassages(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<LabelledText> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")
                            || p.toString().endsWith(".md")
                            || p.toString().endsWith(".rst"))
                    .sorted()
                    .collect(Collectors.toList())) {
                String body = Files.readString(f);
                int start = body.indexOf("\n---\n");
                body = start >= 0 ? body.substring(start + 5) : body;
                for (int i = 0; i + 200 < body.length() && out.size() < 600; i += 6000) {
                    out.add(new LabelledText(
                            body.substring(i, Math.min(body.length(), i + 1500)), false, "energy-docs"));
                }
            }
        }
        return out;
    }
}
