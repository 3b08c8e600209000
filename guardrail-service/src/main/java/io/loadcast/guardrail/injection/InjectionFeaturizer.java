package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.obfuscation.Deobfuscated;
import io.loadcast.guardrail.obfuscation.Deobfuscator;

/** Turns a text into the classifier's feature vector: its embedding followed by the lexical features. */
public final class InjectionFeaturizer {

    private final TextEmbedder embedder;
    private final Deobfuscator deobfuscator;

    public InjectionFeaturizer(TextEmbedder embedder, Deobfuscator deobfuscator) {
        this.embedder = embedder;
        this.deobfuscator = deobfuscator;
    }

    public double[] features(String text) {
        Deobfuscated clean = deobfuscator.normalize(text);
        return features(clean, embedder.embed(clean.text()));
    }

    static double[] features(Deobfuscated clean, float[] embedding) {
        double[] lexical = LexicalFeatures.of(clean);
        double[] f = new double[embedding.length + lexical.length];
        for (int i = 0; i < embedding.length; i++) {
            f[i] = embedding[i];
        }
        System.arraycopy(lexical, 0, f, embedding.length, lexical.length);
        return f;
    }
}
