package io.loadcast.rag.bench;

import io.loadcast.rag.tools.IntentRouter;
import io.loadcast.rag.tools.ToolKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the intent router's threshold and margin on fold A of the question set: those with the best balanced
 * accuracy between tool questions routed to their tool and the other questions routed to none (ties: the middle
 * of the best range), then reports their figures on fold B, which did not choose them.
 */
final class RouterCalibration {

    private RouterCalibration() {}

    static double run(List<AssistantBenchmark.Question> questions, IntentRouter router) {
        Map<AssistantBenchmark.Question, IntentRouter.Route> routes = new LinkedHashMap<>();
        questions.forEach(q -> routes.put(q, router.route(q.text())));
        System.out.printf(
                "%n| question (fold, expected) | nearest tool | similarity | nearest NONE |%n|---|---|---|---|%n");
        routes.forEach((q, r) -> System.out.printf(
                "| %s (%s, %s) | %s | %.3f | %.3f |%n",
                q.text(), q.fold(), q.expected(), r.nearestTool(), r.toolSimilarity(), r.noneSimilarity()));
        IntentRouter.Route configured = routes.values().iterator().next();
        double[] chosen = choose(routes);
        System.out.printf(
                "%nRouter chosen on fold A: threshold %.2f, margin %.2f (balanced accuracy %.3f)%n",
                chosen[0], chosen[1], balancedAccuracy(routes, "A", chosen[0], chosen[1]));
        System.out.printf(
                "Fold B at that choice: balanced accuracy %.3f; at the configured %.2f / %.2f: A %.3f, B %.3f;"
                        + " without a margin (threshold alone, as first tried): best A threshold %.2f, B %.3f%n",
                balancedAccuracy(routes, "B", chosen[0], chosen[1]),
                configured.threshold(),
                configured.margin(),
                balancedAccuracy(routes, "A", configured.threshold(), configured.margin()),
                balancedAccuracy(routes, "B", configured.threshold(), configured.margin()),
                bestThreshold(routes, 0.001),
                balancedAccuracy(routes, "B", bestThreshold(routes, 0.001), 0.001));
        return chosen[0];
    }

    /**
     * The margin with the best fold-A balanced accuracy (ties: the middle of the best run of margins), then for it
     * the middle of the best run of thresholds.
     */
    private static double[] choose(Map<AssistantBenchmark.Question, IntentRouter.Route> routes) {
        double best = -1;
        double low = 0;
        double high = 0;
        for (int m = 0; m <= 20; m++) {
            double margin = m / 100.0;
            double score = balancedAccuracy(routes, "A", bestThreshold(routes, margin), margin);
            if (score > best + 1e-9) {
                best = score;
                low = margin;
                high = margin;
            } else if (Math.abs(score - best) < 1e-9 && Math.abs(high - (margin - 0.01)) < 1e-9) {
                high = margin;
            }
        }
        double margin = Math.round((low + high) / 2 * 100) / 100.0;
        return new double[] {bestThreshold(routes, margin), margin};
    }

    private static double bestThreshold(Map<AssistantBenchmark.Question, IntentRouter.Route> routes, double margin) {
        double best = -1;
        double low = 0;
        double high = 0;
        for (int i = 50; i <= 99; i++) {
            double t = i / 100.0;
            double score = balancedAccuracy(routes, "A", t, margin);
            if (score > best + 1e-9) {
                best = score;
                low = t;
                high = t;
            } else if (Math.abs(score - best) < 1e-9 && Math.abs(high - (t - 0.01)) < 1e-9) {
                high = t;
            }
        }
        return Math.round((low + high) / 2 * 100) / 100.0;
    }

    static Optional<ToolKind> routed(IntentRouter.Route r, double threshold, double margin) {
        return r.with(threshold, margin).tool();
    }

    private static double balancedAccuracy(
            Map<AssistantBenchmark.Question, IntentRouter.Route> routes, String fold, double threshold, double margin) {
        int tools = 0;
        int toolsRight = 0;
        int others = 0;
        int othersRight = 0;
        for (Map.Entry<AssistantBenchmark.Question, IntentRouter.Route> e : routes.entrySet()) {
            AssistantBenchmark.Question q = e.getKey();
            if (!q.fold().equals(fold)) {
                continue;
            }
            Optional<ToolKind> tool = routed(e.getValue(), threshold, margin);
            if (q.expected().startsWith("tool:")) {
                tools++;
                toolsRight +=
                        tool.map(k -> q.expected().equals("tool:" + k.name())).orElse(false) ? 1 : 0;
            } else {
                others++;
                othersRight += tool.isEmpty() ? 1 : 0;
            }
        }
        return ((double) toolsRight / Math.max(1, tools) + (double) othersRight / Math.max(1, others)) / 2;
    }
}
