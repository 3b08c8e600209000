package io.loadcast.guardrail.injection;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exploration only: the all-MiniLM-L6-v2 (quantised) embedding of every training text's head, one line per text in
 * the order of {@link DumpInjectionFeatures}, to test a second embedding beside bge-small by leave-one-source-out
 * ({@code explore/injection_loso_second.py}). Args: [sharedDataDir] [out].
 */
public final class DumpSecondEmbedding {

    private DumpSecondEmbedding() {}

    public static void main(String[] args) throws Exception {
        List<LabelledText> all = new ArrayList<>();
        InjectionSources.load(Path.of(args[0])).forEach(s -> all.addAll(s.texts()));
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        Deobfuscator d = new Deobfuscator();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (LabelledText t : all) {
                String head = FeatureTable.head(d.normalize(t.text()).text());
                float[] v = model.embed(head.isBlank() ? "." : head).content().vector();
                StringBuilder line = new StringBuilder();
                for (int j = 0; j < v.length; j++) {
                    line.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6g", v[j]));
                }
                out.write(line.append('\n').toString());
            }
        }
    }
}
