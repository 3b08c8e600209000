package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.obfuscation.Deobfuscated;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.util.List;

/**
 * Turns a text into the classifier's feature vector: its embedding, then the named lexical features, then the hashed
 * character n-grams. The layout (which lexical features, how many n-gram buckets) is stored in the model file, so
 * an older model is fed exactly the features it was trained on.
 */
public final class InjectionFeaturizer {

    /** n-gram buckets of a newly trained model. */
    public static final int DEFAULT_NGRAM_BUCKETS = 4096;

    private final TextEmbedder embedder;
    private final Deobfuscator deobfuscator;
    private final List<String> lexicalFeatures;
    private final int ngramBuckets;

    /** The layout of a newly trained model: every lexical feature and {@code ngramBuckets} n-gram buckets. */
    public InjectionFeaturizer(TextEmbedder embedder, Deobfuscator deobfuscator, int ngramBuckets) {
        this(embedder, deobfuscator, LexicalFeatures.names(), ngramBuckets);
    }

    /** The layout of a newly trained model with the default n-gram buckets. */
    public InjectionFeaturizer(TextEmbedder embedder, Deobfuscator deobfuscator) {
        this(embedder, deobfuscator, DEFAULT_NGRAM_BUCKETS);
    }

    /** The layout {@code model} was trained with. */
    public InjectionFeaturizer(TextEmbedder embedder, Deobfuscator deobfuscator, InjectionModel model) {
        this(embedder, deobfuscator, model.lexicalFeatures(), model.charNgramBuckets());
    }

    private InjectionFeaturizer(
            TextEmbedder embedder, Deobfuscator deobfuscator, List<String> lexicalFeatures, int ngramBuckets) {
        this.embedder = embedder;
        this.deobfuscator = deobfuscator;
        this.lexicalFeatures = List.copyOf(lexicalFeatures);
        this.ngramBuckets = ngramBuckets;
    }

    public double[] features(String text) {
        Deobfuscated clean = deobfuscator.normalize(text);
        return features(clean, embedder.embed(clean.text()), lexicalFeatures, ngramBuckets);
    }

    List<String> lexicalFeatures() {
        return lexicalFeatures;
    }

    int ngramBuckets() {
        return ngramBuckets;
    }

    static double[] features(Deobfuscated clean, float[] embedding, List<String> lexicalNames, int buckets) {
        double[] lexical = LexicalFeatures.of(clean, lexicalNames);
        double[] ngrams = CharNgrams.of(clean.text(), buckets);
        double[] f = new double[embedding.length + lexical.length + ngrams.length];
        for (int i = 0; i < embedding.length; i++) {
            f[i] = embedding[i];
        }
        System.arraycopy(lexical, 0, f, embedding.length, lexical.length);
        System.arraycopy(ngrams, 0, f, embedding.length + lexical.length, ngrams.length);
        return f;
    }
}
