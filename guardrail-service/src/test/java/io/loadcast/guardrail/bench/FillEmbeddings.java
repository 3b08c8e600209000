package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.injection.EmbeddingFile;
import io.loadcast.guardrail.injection.FeatureTable;
import io.loadcast.guardrail.injection.InjectionSources;
import io.loadcast.guardrail.injection.LabelledText;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Embeds every training and evaluation text into the embedding file (target/injection-embeddings.bin). */
public final class FillEmbeddings {

    public static void main(String[] args) throws Exception {
        Path data = BenchData.root(args);
        List<LabelledText> all = new ArrayList<>();
        InjectionSources.load(data).forEach(s -> all.addAll(s.texts()));
        all.addAll(EvalSets.operatorQuestions());
        all.addAll(EvalSets.plantedIndirect());
        Deobfuscator d = new Deobfuscator();
        List<String> heads = all.stream()
                .map(t -> FeatureTable.head(d.normalize(t.text()).text()))
                .toList();
        long t0 = System.nanoTime();
        new EmbeddingFile(Path.of("target/injection-embeddings.bin")).fill(heads, new TextEmbedder(), 2);
        System.out.printf("embedded %d texts in %.0f s%n", heads.size(), (System.nanoTime() - t0) / 1e9);
    }
}
