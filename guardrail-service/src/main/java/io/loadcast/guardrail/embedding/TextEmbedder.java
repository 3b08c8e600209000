package io.loadcast.guardrail.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from bge-small-en-v1.5 (quantised ONNX, 384 dimensions, run in-process). The model is loaded
 * once per JVM and shared, because loading it costs about a second and tests, the trainer and the service all use it.
 * Input beyond 512 tokens is truncated by the model.
 */
@Component
public class TextEmbedder {

    public static final int DIMENSIONS = 384;

    private static final class Holder {
        static final EmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    /** The unit-length embedding of a text. */
    public float[] embed(String text) {
        float[] v = Holder.MODEL.embed(text.isBlank() ? "." : text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 1f : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = v[i] * scale;
        }
        return unit;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
