package io.loadcast.rag.search;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bge-small-en-v1.5 model (int8 {@code bge-small-en-v1.5-q} or fp32 {@code bge-small-en-v1.5}) from the
 * LangChain4j artifacts on the classpath, in our own ONNX Runtime session: a fixed number of intra-op threads (one
 * by default), no spin-waiting, all graph optimisations. Batches go through LangChain4j's encoder, which embeds
 * their texts in parallel on a pool. A single text (a query) takes a shorter path in the calling thread: no hand-off
 * to the pool, one tokenizer pass instead of LangChain4j's three (tokenize, rebuild the text, encode again), and
 * only the [CLS] row of the output read; it gives the same vector as the batch path for any text that fits the
 * model's 512 tokens, and longer ones go through the batch path.
 */
public final class ClasspathOnnxModel extends AbstractInProcessEmbeddingModel {

    private static final int MAX_TOKENS = 512;
    private static final int DIMENSION = 384;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final Set<String> inputs;
    private final OnnxBertBiEncoder encoder;
    private final HuggingFaceTokenizer tokenizer;
    private final HuggingFaceTokenizer counter;

    public ClasspathOnnxModel(String name, int threads) {
        super(null);
        environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
            }
            // a spinning pool thread burns a core another request (or process) could use on a shared host
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(read(name + ".onnx"), options);
            inputs = session.getInputNames();
            try (InputStream json = open(name + "-tokenizer.json")) {
                // bge takes the [CLS] token's state as the sentence embedding
                encoder = new OnnxBertBiEncoder(environment, session, json, PoolingMode.CLS);
            }
            tokenizer = tokenizer(name, Map.of("truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            counter = tokenizer(name, Map.of("truncation", "false", "addSpecialTokens", "false"));
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One text, embedded in the calling thread (see the class comment). */
    @Override
    public Response<Embedding> embed(TextSegment segment) {
        Encoding encoding = tokenizer.encode(segment.text());
        if (encoding.exceedMaxLength()) {
            return Response.from(embedAll(List.of(segment)).content().get(0));
        }
        long[] shape = {1, encoding.getIds().length};
        Map<String, OnnxTensor> feed = new HashMap<>(4);
        try {
            feed.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape));
            feed.put(
                    "attention_mask",
                    OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape));
            if (inputs.contains("token_type_ids")) {
                feed.put(
                        "token_type_ids",
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape));
            }
            try (OrtSession.Result result = session.run(feed)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] cls = new float[DIMENSION];
                hidden.get(cls);
                return Response.from(Embedding.from(unit(cls)), new TokenUsage(shape[1] > 1 ? (int) shape[1] - 2 : 0));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to embed a text", e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public Response<Embedding> embed(String text) {
        return embed(TextSegment.from(text));
    }

    /** Word pieces in the text, without the [CLS] and [SEP] the model adds, however long the text is. */
    public int countTokens(String text) {
        return counter.encode(text, false, false).getIds().length;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 1f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    private static HuggingFaceTokenizer tokenizer(String name, Map<String, String> options) throws IOException {
        Map<String, String> all = new HashMap<>(options);
        all.put("padding", "false");
        try (InputStream json = open(name + "-tokenizer.json")) {
            return HuggingFaceTokenizer.newInstance(json, all);
        }
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
