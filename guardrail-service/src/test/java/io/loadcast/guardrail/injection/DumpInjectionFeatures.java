package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.obfuscation.Deobfuscator;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes every training text's source, label, dense features (embedding, lexical cues) and de-obfuscated text to a
 * TSV under target/, for exploring feature sets and ensembles outside the JVM. Args: [sharedDataDir] [embeddings]
 * [out].
 */
public final class DumpInjectionFeatures {

    private DumpInjectionFeatures() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        FeatureTable table = TrainInjectionModel.features(data, Path.of(args[1]));
        List<LabelledText> all = new ArrayList<>();
        InjectionSources.load(data).forEach(s -> all.addAll(s.texts()));
        Deobfuscator d = new Deobfuscator();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < all.size(); i++) {
                FeatureTable.Row r = table.rows().get(i);
                StringBuilder line = new StringBuilder(r.source()).append('\t').append(r.label() ? 1 : 0);
                line.append('\t');
                for (int j = 0; j < r.dense().length; j++) {
                    line.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6g", r.dense()[j]));
                }
                String text = d.normalize(all.get(i).text()).text();
                line.append('\t')
                        .append(text.replace("\\", "\\\\")
                                .replace("\t", "\\t")
                                .replace("\n", "\\n")
                                .replace("\r", "\\r"));
                out.write(line.append('\n').toString());
            }
        }
    }
}
