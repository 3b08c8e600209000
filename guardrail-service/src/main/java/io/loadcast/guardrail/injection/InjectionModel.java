package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.obfuscation.Deobfuscated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trained logistic-regression injection classifier over [bge-small embedding, lexical features], with the
 * decision threshold chosen on validation data and the provenance of its training run.
 *
 * @param name what the model is, for logs, the info endpoint and the model-info metric
 * @param version version of this model file (v1 files have none: read as "1")
 * @param format file format and feature layout; a model in another format is refused
 * @param embeddingModel the embedding model its first {@code embeddingDimensions} weights belong to
 * @param lexicalFeatures names of the lexical features, in order
 * @param charNgramBuckets hashed character n-gram buckets after the lexical features (0 in v1 files)
 * @param weights one weight per feature
 * @param threshold probability at or above which a text is an injection
 * @param seed seed of the data split
 * @param hyperparameters learning rate, epochs, L2 penalty
 * @param trainingData SHA-256 of each training file, by name
 * @param metrics precision, recall, F1 and FPR on the validation and test parts
 * @param passageThreshold threshold of the passage check (indirect injection), calibrated on benign passages
 *     (files before version 4 have none: the passage check uses {@code threshold})
 */
public record InjectionModel(
        @Nullable String name,
        @Nullable String version,
        String format,
        String embeddingModel,
        int embeddingDimensions,
        List<String> lexicalFeatures,
        @Nullable Integer charNgramBuckets,
        double[] weights,
        double bias,
        double threshold,
        long seed,
        Map<String, Double> hyperparameters,
        Map<String, String> trainingData,
        Map<String, Map<String, Double>> metrics,
        @Nullable Double passageThreshold) {

    public InjectionModel {
        // v1 files have no n-gram block
        charNgramBuckets = charNgramBuckets == null ? 0 : charNgramBuckets;
    }

    /** Never null once built: the compact constructor turns a v1 file's missing block into 0. */
    @Override
    public Integer charNgramBuckets() {
        return charNgramBuckets == null ? 0 : charNgramBuckets;
    }

    public static final String FORMAT = "loadcast-injection-logreg-v2";
    /** v1: embedding + lexical features only; still read (its weights fit the v2 layout with 0 n-gram buckets). */
    static final String FORMAT_V1 = "loadcast-injection-logreg-v1";

    static final String EMBEDDING_MODEL = "bge-small-en-v1.5-q";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The passage check's threshold: its own when calibrated, otherwise the prompt threshold. */
    public double passageThresholdOrDefault() {
        return passageThreshold == null ? threshold : passageThreshold;
    }

    /** This model with {@code t} as its passage threshold. */
    public InjectionModel withPassageThreshold(double t) {
        return new InjectionModel(
                name,
                version,
                format,
                embeddingModel,
                embeddingDimensions,
                lexicalFeatures,
                charNgramBuckets,
                weights,
                bias,
                threshold,
                seed,
                hyperparameters,
                trainingData,
                metrics,
                t);
    }

    /** Its version, "1" for a v1 file that had none. */
    public String versionOrDefault() {
        return version == null ? "1" : version;
    }

    /** Probability that a de-obfuscated text with this embedding is an injection. */
    public double probability(Deobfuscated text, float[] embedding) {
        return probability(InjectionFeaturizer.features(text, embedding, lexicalFeatures, charNgramBuckets()));
    }

    /** Probability that the features describe an injection. */
    double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return sigmoid(z);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    public static InjectionModel read(InputStream in) throws IOException {
        InjectionModel model = JSON.readValue(in, InjectionModel.class);
        if (!(FORMAT.equals(model.format()) || FORMAT_V1.equals(model.format()))
                || !LexicalFeatures.names().containsAll(model.lexicalFeatures())
                || model.charNgramBuckets() < 0
                || model.weights().length
                        != model.embeddingDimensions() + model.lexicalFeatures().size() + model.charNgramBuckets()) {
            throw new IllegalStateException("Injection model format " + model.format()
                    + " or its feature list does not match this code (" + FORMAT + ")");
        }
        return model;
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(this) + "\n");
    }
}
