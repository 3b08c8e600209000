package io.loadcast.rag.tools;

import io.loadcast.rag.search.Embedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Chooses a tool by intent, offline: the question's bge-small embedding against example questions per tool
 * ({@code tools/intents.tsv}) and against examples of questions the documents answer ({@code NONE}: "how is the
 * forecast error computed?"). A tool is chosen when its nearest example is nearer than every {@code NONE} example
 * and at least {@code threshold} similar (series ids are replaced by "the series" on both sides); the threshold is chosen on held-out questions (README, "Assistant
 * evaluation").
 */
public final class IntentRouter {

    static final String RESOURCE = "/tools/intents.tsv";

    /** A series id is the tool's argument, not its intent: "Is GB-ND drifting?" is about drift, not about GB-ND. */
    private static final java.util.regex.Pattern SERIES =
            java.util.regex.Pattern.compile("\\b(GB-[A-Z_]+|site-\\d+)\\b");

    /** The nearest tool and how near, the nearest documentation example, and the choice. */
    public record Route(
            @Nullable ToolKind nearestTool,
            double toolSimilarity,
            double noneSimilarity,
            double threshold,
            double margin) {

        public Optional<ToolKind> tool() {
            return nearestTool != null && toolSimilarity >= threshold && toolSimilarity - noneSimilarity >= margin
                    ? Optional.of(nearestTool)
                    : Optional.empty();
        }

        /** The same similarities under another threshold and margin (for calibration). */
        public Route with(double otherThreshold, double otherMargin) {
            return new Route(nearestTool, toolSimilarity, noneSimilarity, otherThreshold, otherMargin);
        }
    }

    private final Embedder embedder;
    private final double threshold;
    private final double margin;
    private final Map<ToolKind, List<float[]>> tools = new EnumMap<>(ToolKind.class);
    private final List<float[]> none = new ArrayList<>();

    public IntentRouter(Embedder embedder, double threshold, double margin) {
        this.embedder = embedder;
        this.threshold = threshold;
        this.margin = margin;
        for (String line : lines()) {
            String[] f = line.split("\t", 2);
            float[] vector = embedder.embedQuery(intent(f[1]));
            if (f[0].equals("NONE")) {
                none.add(vector);
            } else {
                tools.computeIfAbsent(ToolKind.valueOf(f[0]), k -> new ArrayList<>())
                        .add(vector);
            }
        }
    }

    public Route route(String question) {
        float[] q = embedder.embedQuery(intent(question));
        ToolKind nearest = null;
        double best = -1;
        for (Map.Entry<ToolKind, List<float[]>> tool : tools.entrySet()) {
            double similarity = nearest(q, tool.getValue());
            if (similarity > best) {
                best = similarity;
                nearest = tool.getKey();
            }
        }
        return new Route(nearest, best, nearest(q, none), threshold, margin);
    }

    private static String intent(String question) {
        return SERIES.matcher(question).replaceAll("the series");
    }

    private static double nearest(float[] q, List<float[]> examples) {
        double best = -1;
        for (float[] e : examples) {
            double dot = 0;
            for (int i = 0; i < q.length; i++) {
                dot += q[i] * e[i];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    private static List<String> lines() {
        try (InputStream in = IntentRouter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
