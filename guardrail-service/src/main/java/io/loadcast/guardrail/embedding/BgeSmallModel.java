package io.loadcast.guardrail.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * bge-small-en-v1.5 (quantised ONNX, CLS pooling), the same files LangChain4j's {@code
 * BgeSmallEnV15QuantizedEmbeddingModel} ships, but run in an ONNX Runtime session with one intra-op thread and no
 * spin-waiting. The library default sizes the intra-op pool to the machine and lets its threads spin; on a shared
 * 2-core host every inference then competes with the other processes for both cores at once, and a short question
 * gains little from being split across threads. Concurrency comes from request threads instead, each running its
 * own single-threaded inference (an ONNX Runtime session may be run from several threads at once).
 */
final class BgeSmallModel extends AbstractInProcessEmbeddingModel {

    static final int INTRA_OP_THREADS = 1;
    private static final String MODEL = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    BgeSmallModel() {
        super(Runnable::run);
        ClassLoader loader = BgeSmallModel.class.getClassLoader();
        try (InputStream model = Objects.requireNonNull(loader.getResourceAsStream(MODEL), MODEL);
                InputStream tokenizer = Objects.requireNonNull(loader.getResourceAsStream(TOKENIZER), TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(INTRA_OP_THREADS);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bge-small model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot start an ONNX Runtime session for bge-small", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return TextEmbedder.DIMENSIONS;
    }
}
