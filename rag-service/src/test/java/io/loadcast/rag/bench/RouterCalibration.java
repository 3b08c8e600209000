package io.loadcast.rag.bench;

import io.loadcast.rag.tools.IntentRouter;
import io.loadcast.rag.tools.ToolKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the intent router's threshold on fold A of the question set: the one with the best balanced accuracy
 * between tool questions routed to their tool and the other questions routed to none (ties: the middle of the
 * best range), then reports that threshold's figures on fold B, which did not choose it.
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
        double best = -1;
        double low = 0;
        double high = 0;
        for (int i = 50; i <= 99; i++) {
            double t = i / 100.0;
            double score = balancedAccuracy(routes, "A", t);
            if (score > best + 1e-9) {
                best = score;
                low = t;
                high = t;
            } else if (Math.abs(score - best) < 1e-9 && Math.abs(high - (t - 0.01)) < 1e-9) {
                high = t;
            }
        }
        double chosen = Math.round((low + high) / 2 * 100) / 100.0;
        System.out.printf(
                "%nRouter threshold chosen on fold A: %.2f (balanced accuracy %.3f over %.2f-%.2f)%n",
                chosen, best, low, high);
        System.out.printf(
                "Fold B at %.2f: balanced accuracy %.3f; at the configured %.2f: A %.3f, B %.3f%n",
                chosen,
                balancedAccuracy(routes, "B", chosen),
                routes.values().iterator().next().threshold(),
                balancedAccuracy(routes, "A", routes.values().iterator().next().threshold()),
                balancedAccuracy(routes, "B", routes.values().iterator().next().threshold()));
        return chosen;
    }

    static Optional<ToolKind> routed(IntentRouter.Route r, double threshold) {
        return new IntentRouter.Route(r.nearestTool(), r.toolSimilarity(), r.noneSimilarity(), threshold).tool();
    }

    private static double balancedAccuracy(
            Map<AssistantBenchmark.Question, IntentRouter.Route> routes, String fold, double threshold) {
        int tools = 0;
        int toolsRight = 0;
        int others = 0;
        int othersRight = 0;
        for (Map.Entry<AssistantBenchmark.Question, IntentRouter.Route> e : routes.entrySet()) {
            AssistantBenchmark.Question q = e.getKey();
            if (!q.fold().equals(fold)) {
                continue;
            }
            Optional<ToolKind> tool = routed(e.getValue(), threshold);
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
