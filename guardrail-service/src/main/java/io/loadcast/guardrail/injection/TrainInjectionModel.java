package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command-line trainer: {@code TrainInjectionModel [sharedDataDir] [outputFile]}. Loads every labelled source
 * ({@link InjectionSources}), chooses the settings (L2 penalty, n-grams on or off) by leave-one-source-out validation
 * (best pooled out-of-source F1 at the threshold that holds the benign sources' mean out-of-source FPR at {@link
 * #MAX_FPR}), fits the chosen settings on every source, and writes the versioned model file with that threshold,
 * the data hashes and the leave-one-source-out table.
 */
public final class TrainInjectionModel {

    private static final Logger log = LoggerFactory.getLogger(TrainInjectionModel.class);
    /** Kept in the model file for provenance; the fit itself is deterministic (no sampling). */
    public static final long DEFAULT_SEED = 20261203L;

    static final String MODEL_NAME = "prompt-injection-logreg-bge-small";
    static final String MODEL_VERSION = "4";
    /** Out-of-source FPR over all benign texts the threshold is set for (the goal's 3 %). */
    public static final double MAX_FPR = 0.03;

    /**
     * Settings tried, each by a full leave-one-source-out run; the trainer keeps the best pooled out-of-source F1
     * (the first on a tie): L2 penalties over three decades. The 4096 hashed character n-gram buckets, word n-grams
     * and ensembles were measured out of source too and dropped (README); they are not in the grid because a run
     * with n-grams costs ten times as long on this shared machine.
     */
    public static final List<LogisticFit.Settings> GRID = List.of(
            new LogisticFit.Settings(0.001, false, 50),
            new LogisticFit.Settings(0.01, false, 50),
            new LogisticFit.Settings(0.1, false, 50),
            new LogisticFit.Settings(1.0, false, 50));

    /** Segments per passage, as the service's default {@code passages.max-segments}. */
    private static final int PASSAGE_SEGMENTS = 40;

    private TrainInjectionModel() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path output = Path.of(
                args.length > 1 ? args[1] : "guardrail-service/src/main/resources/models/injection-detector.json");
        Path embeddingFile = Path.of(args.length > 2 ? args[2] : "target/injection-embeddings.bin");
        FeatureTable table = features(data, embeddingFile);
        LogisticFit.Settings best = GRID.get(0);
        double bestF1 = -1;
        List<SourceValidation.Fold> bestFolds = List.of();
        for (LogisticFit.Settings s : GRID) {
            List<SourceValidation.Fold> folds = SourceValidation.run(table, s);
            double t = SourceValidation.thresholdForFpr(folds, MAX_FPR);
            double f1 = SourceValidation.pooled(folds, t).f1();
            log.info("settings {}: out-of-source threshold {}, pooled F1 {}", s, t, f1);
            if (f1 > bestF1) {
                best = s;
                bestF1 = f1;
                bestFolds = folds;
            }
        }
        writeScores(bestFolds, Path.of("target/loso-scores.csv"));
        InjectionModel model = fitFinal(table, best, bestFolds, hashes(data));
        model = model.withPassageThreshold(PassageCalibration.calibrate(
                model, data.resolve("energy-docs"), new EmbeddingFile(embeddingFile), PASSAGE_SEGMENTS));
        model.write(output);
        log.info(
                "Wrote {} (settings {}, threshold {}, passage threshold {})",
                output,
                best,
                model.threshold(),
                model.passageThreshold());
    }

    /** Features of every source, embeddings read from (and added to) {@code embeddingFile}. */
    public static FeatureTable features(Path data, Path embeddingFile) throws IOException {
        List<LabelledText> all = new ArrayList<>();
        InjectionSources.load(data).forEach(s -> all.addAll(s.texts()));
        Deobfuscator deobfuscator = new Deobfuscator();
        EmbeddingFile embeddings = new EmbeddingFile(embeddingFile);
        embeddings.fill(
                all.stream()
                        .map(t -> FeatureTable.head(
                                deobfuscator.normalize(t.text()).text()))
                        .toList(),
                new TextEmbedder(),
                2);
        return FeatureTable.of(all, embeddings::get, deobfuscator, InjectionFeaturizer.DEFAULT_NGRAM_BUCKETS);
    }

    static InjectionModel fitFinal(
            FeatureTable table, LogisticFit.Settings s, List<SourceValidation.Fold> folds, Map<String, String> files) {
        double threshold = SourceValidation.thresholdForFpr(folds, MAX_FPR);
        LogisticFit.Weights w = LogisticFit.fit(table, s);
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        folds.forEach(
                f -> metrics.put("loso:" + f.source(), f.metrics(threshold).asMap()));
        metrics.put("loso:pooled", SourceValidation.pooled(folds, threshold).asMap());
        metrics.put("loso:benign-macro-fpr", Map.of("fpr", SourceValidation.macroFpr(folds, threshold)));
        Map<String, Double> hyper = new LinkedHashMap<>();
        hyper.put("l2", s.l2());
        hyper.put("ngrams", s.ngrams() ? 1.0 : 0.0);
        hyper.put("iterations", (double) s.iterations());
        hyper.put("maxOutOfSourceFpr", MAX_FPR);
        hyper.put("trainSize", (double) table.rows().size());
        int buckets = s.ngrams() ? table.buckets() : 0;
        double[] weights = java.util.Arrays.copyOf(w.weights(), table.denseDimensions() + buckets);
        return new InjectionModel(
                MODEL_NAME,
                MODEL_VERSION,
                InjectionModel.FORMAT,
                InjectionModel.EMBEDDING_MODEL,
                TextEmbedder.DIMENSIONS,
                LexicalFeatures.names(),
                buckets,
                weights,
                w.bias(),
                threshold,
                DEFAULT_SEED,
                hyper,
                files,
                metrics,
                null);
    }

    /** The out-of-source scores, one line per text (source, label, score), for choosing thresholds by hand. */
    static void writeScores(List<SourceValidation.Fold> folds, Path file) throws IOException {
        StringBuilder out = new StringBuilder("source,label,score\n");
        for (SourceValidation.Fold f : folds) {
            for (int i = 0; i < f.labels().size(); i++) {
                out.append(f.source())
                        .append(',')
                        .append(f.labels().get(i) ? 1 : 0)
                        .append(',');
                out.append(f.scores().get(i)).append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out);
    }

    static Map<String, String> hashes(Path data) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : List.of(
                "prompt-injection/deepset_prompt_injections_train.csv",
                "prompt-injection/giskard_prompt_injections.csv",
                "prompt-injection/navirocker_redteam_master_dataset.csv",
                "prompt-injection/nq_open_dev_questions_benign.jsonl",
                InjectionSources.POOL,
                "beir-scifact/queries.jsonl",
                "beir-scifact/corpus.jsonl.gz",
                "energy-docs/MANIFEST.csv")) {
            files.put(f, sha256(data.resolve(f)));
        }
        return files;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
