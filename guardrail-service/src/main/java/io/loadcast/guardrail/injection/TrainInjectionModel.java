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
 * Command-line trainer: {@code TrainInjectionModel [dataDir] [outputFile] [seed]}. Splits
 * deepset_prompt_injections_train.csv 60/20/20 with the seed, trains on the first part, picks the threshold on the
 * second, measures on the third and writes the versioned model file that the service loads at start.
 */
public final class TrainInjectionModel {

    private static final Logger log = LoggerFactory.getLogger(TrainInjectionModel.class);
    public static final long DEFAULT_SEED = 20261123L;
    static final String MODEL_NAME = "prompt-injection-logreg-bge-small-charngram";
    static final String MODEL_VERSION = "2";

    private TrainInjectionModel() {}

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "../shared/data/prompt-injection");
        Path output = Path.of(
                args.length > 1 ? args[1] : "guardrail-service/src/main/resources/models/injection-detector.json");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        TrainingData data = TrainingData.load(dataDir, seed);
        InjectionFeaturizer featurizer = new InjectionFeaturizer(new TextEmbedder(), new Deobfuscator());
        InjectionTrainer trainer = new InjectionTrainer(
                featurizer, InjectionTrainer.Hyperparameters.defaults(), MODEL_NAME, MODEL_VERSION);
        InjectionModel model = trainer.train(data.train(), data.validation(), data.test(), seed, data.files());
        model.write(output);
        log.info(
                "Wrote {} (train {}, validation {}, test {}): threshold {}, metrics {}",
                output,
                data.train().size(),
                data.validation().size(),
                data.test().size(),
                model.threshold(),
                model.metrics());
    }

    /**
     * The parts of one seeded split, and the SHA-256 of every file they came from.
     *
     * @param test deepset only, so the reported figures are comparable with others'
     */
    public record TrainingData(
            List<LabelledText> train,
            List<LabelledText> validation,
            List<LabelledText> test,
            Map<String, String> files) {

        /**
         * Splits deepset_prompt_injections_train.csv 60/20/20 with the seed and adds extra benign text (short
         * SciFact claims, long abstracts; a set not used in the evaluation), split alike, to train and validation.
         */
        public static TrainingData load(Path dataDir, long seed) throws IOException {
            Path csv = dataDir.resolve("deepset_prompt_injections_train.csv");
            Path claims = dataDir.resolveSibling("beir-scifact").resolve("queries.jsonl");
            Path corpus = dataDir.resolveSibling("beir-scifact").resolve("corpus.jsonl.gz");
            InjectionDatasets.Split split = InjectionDatasets.split(InjectionDatasets.deepset(csv), seed);
            List<LabelledText> extra = new ArrayList<>(InjectionDatasets.scifactClaims(claims));
            extra.addAll(InjectionDatasets.scifactPassages(corpus, 13, 1500));
            InjectionDatasets.Split extraSplit = InjectionDatasets.split(extra, seed);
            List<LabelledText> train = new ArrayList<>(split.train());
            train.addAll(extraSplit.train());
            List<LabelledText> validation = new ArrayList<>(split.validation());
            validation.addAll(extraSplit.validation());
            Map<String, String> files = new LinkedHashMap<>();
            files.put(csv.getFileName().toString(), sha256(csv));
            files.put("beir-scifact/queries.jsonl", sha256(claims));
            files.put("beir-scifact/corpus.jsonl.gz", sha256(corpus));
            return new TrainingData(train, validation, split.test(), files);
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
