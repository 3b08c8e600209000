package io.loadcast.rag.bench;

import java.util.List;
import java.util.Map;

/**
 * Chooses the offline answerer's relevance floor on fold A of the question set: the floor with the best balanced
 * accuracy between "answerable from documents" (energy, suite: should not abstain) and "nothing in reach" (none:
 * should abstain); ties go to the middle of the best range. Then reports the same figures on fold B, unseen.
 * Tool questions are left out: a tool answers them, whatever the floor.
 */
final class FloorCalibration {

    private FloorCalibration() {}

    static double run(List<AssistantBenchmark.Question> questions, Map<AssistantBenchmark.Question, Double> top) {
        System.out.printf("%n| question (fold, kind) | top sentence relevance |%n|---|---|%n");
        top.forEach((q, r) -> {
            if (!q.kind().equals("tool")) {
                System.out.printf("| %s (%s, %s) | %.3f |%n", q.text(), q.fold(), q.kind(), r);
            }
        });
        double bestScore = -1;
        double low = 0;
        double high = 0;
        for (int i = 30; i <= 95; i++) {
            double floor = i / 100.0;
            double score = balancedAccuracy(top, "A", floor);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                low = floor;
                high = floor;
            } else if (Math.abs(score - bestScore) < 1e-9 && high == floor - 0.01) {
                high = floor;
            }
        }
        double chosen = Math.round((low + high) / 2 * 100) / 100.0;
        System.out.printf(
                "%nRelevance floor chosen on fold A: %.2f (best balanced accuracy %.3f over %.2f-%.2f)%n",
                chosen, bestScore, low, high);
        System.out.printf("Fold B at that floor: balanced accuracy %.3f%n", balancedAccuracy(top, "B", chosen));
        return chosen;
    }

    private static double balancedAccuracy(Map<AssistantBenchmark.Question, Double> top, String fold, double floor) {
        int answerable = 0;
        int answered = 0;
        int unanswerable = 0;
        int abstained = 0;
        for (Map.Entry<AssistantBenchmark.Question, Double> e : top.entrySet()) {
            AssistantBenchmark.Question q = e.getKey();
            if (!q.fold().equals(fold) || q.kind().equals("tool")) {
                continue;
            }
            boolean abstains = e.getValue() < floor;
            if (q.kind().equals("none")) {
                unanswerable++;
                abstained += abstains ? 1 : 0;
            } else {
                answerable++;
                answered += abstains ? 0 : 1;
            }
        }
        return ((double) answered / Math.max(1, answerable) + (double) abstained / Math.max(1, unanswerable)) / 2;
    }
}
