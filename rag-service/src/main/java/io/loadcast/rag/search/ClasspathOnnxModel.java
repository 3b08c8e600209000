package io.loadcast.rag.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A bge-small-en-v1.5 model (int8 {@code bge-small-en-v1.5-q} or fp32 {@code bge-small-en-v1.5}) from the
 * LangChain4j artifacts on the classpath, with our own ONNX Runtime session. The artifacts' model classes open a
 * session with one thread per core; one thread per call is cheaper for a short query on a busy machine (no
 * thread hand-offs, no spinning), and batches still use every core because LangChain4j embeds their parts in
 * parallel.
 */
public final class ClasspathOnnxModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    public ClasspathOnnxModel(String name, int threads) {
        super(null);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
            }
            OrtSession session = environment.createSession(read(name + ".onnx"), options);
            try (InputStream tokenizer = open(name + "-tokenizer.json")) {
                // bge takes the [CLS] token's state as the sentence embedding
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ClasspathOnnxModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath: loadcast.rag.search.model names a"
                    + " model whose LangChain4j embeddings artifact is not a dependency");
        }
        return in;
    }
}
