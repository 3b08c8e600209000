package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.obfuscation.Deobfuscated;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The classifier's features of many texts, computed once: a dense block (embedding, then lexical cues) and the
 * hashed character n-grams kept sparse (a question touches a few hundred of the 4096 buckets), so that fitting on
 * 17,000 texts for every fold of leave-one-source-out validation stays cheap.
 */
public final class FeatureTable {

    /** Characters of a text that are embedded (the embedding model reads at most 512 tokens anyway). */
    public static final int HEAD_CHARS = 600;

    /** One text's features and label. */
    record Row(double[] dense, int[] ngramIndex, double[] ngramValue, boolean label, String source) {}

    private final List<Row> rows;
    private final int denseDimensions;
    private final int buckets;

    private FeatureTable(List<Row> rows, int denseDimensions, int buckets) {
        this.rows = rows;
        this.denseDimensions = denseDimensions;
        this.buckets = buckets;
    }

    /** The head of a de-obfuscated text that the classifier embeds. */
    public static String head(String text) {
        return text.length() <= HEAD_CHARS ? text : text.substring(0, HEAD_CHARS);
    }

    public static FeatureTable of(
            List<LabelledText> texts, Function<String, float[]> embeddings, Deobfuscator deobfuscator, int buckets) {
        List<String> lexical = LexicalFeatures.names();
        List<Row> rows = new ArrayList<>(texts.size());
        for (LabelledText t : texts) {
            Deobfuscated clean = deobfuscator.normalize(t.text());
            float[] e = embeddings.apply(head(clean.text()));
            double[] lex = LexicalFeatures.of(clean, lexical);
            double[] dense = new double[e.length + lex.length];
            for (int i = 0; i < e.length; i++) {
                dense[i] = e[i];
            }
            System.arraycopy(lex, 0, dense, e.length, lex.length);
            double[] ngrams = CharNgrams.of(clean.text(), buckets);
            int nnz = 0;
            for (double v : ngrams) {
                nnz += v != 0 ? 1 : 0;
            }
            int[] idx = new int[nnz];
            double[] val = new double[nnz];
            for (int i = 0, k = 0; i < ngrams.length; i++) {
                if (ngrams[i] != 0) {
                    idx[k] = i;
                    val[k++] = ngrams[i];
                }
            }
            rows.add(new Row(dense, idx, val, t.injection(), t.group()));
        }
        return new FeatureTable(List.copyOf(rows), TextEmbedderDims.DENSE + lexical.size(), buckets);
    }

    List<Row> rows() {
        return rows;
    }

    int denseDimensions() {
        return denseDimensions;
    }

    int buckets() {
        return buckets;
    }

    /** The rows whose source is (or is not) {@code source}. */
    FeatureTable filter(java.util.function.Predicate<Row> keep) {
        return new FeatureTable(rows.stream().filter(keep).toList(), denseDimensions, buckets);
    }

    private static final class TextEmbedderDims {
        static final int DENSE = io.loadcast.guardrail.embedding.TextEmbedder.DIMENSIONS;
    }
}
