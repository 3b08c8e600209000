package io.loadcast.rag.answers;

import io.loadcast.rag.tools.OperatorTools;
import io.loadcast.rag.tools.ToolResult;
import java.util.List;

/** Runs the chosen tools: what they found becomes the first sources, what failed becomes a notice. */
final class ToolSources {

    /** The tools' results, and whether a chat model spent tokens choosing them. */
    record Called(List<ToolResult> results, ToolChoice.Chosen chosen) {

        boolean any() {
            return !results.isEmpty();
        }
    }

    private final ToolChoice choice;
    private final OperatorTools tools;

    ToolSources(ToolChoice choice, OperatorTools tools) {
        this.choice = choice;
        this.tools = tools;
    }

    Called call(String question) {
        ToolChoice.Chosen chosen = choice.choose(question);
        return new Called(
                chosen.calls().stream()
                        .map(c -> tools.run(c.kind(), c.seriesId()))
                        .toList(),
                chosen);
    }

    static Source source(int number, ToolResult result) {
        return new Source(
                number,
                result.documentId(),
                result.title(),
                result.documentId() + "@" + result.title().hashCode(),
                result.text());
    }

    /**
     * A tool that failed says so first ("No live forecast is available: forecast-service answered HTTP 503 ..., so
     * this answer cites no forecast."), so that an answer from documents alone is not read as the live fact.
     */
    static Generation withNotices(Generation generation, List<ToolResult> results) {
        StringBuilder notices = new StringBuilder();
        for (ToolResult r : results) {
            if (!r.answered()) {
                notices.append(notices.isEmpty() ? "" : " ")
                        .append("No ")
                        .append(r.kind().label())
                        .append(" is available: ")
                        .append(r.text())
                        .append(", so this answer cites no ")
                        .append(r.kind().label().replace("live ", ""))
                        .append('.');
            }
        }
        if (notices.isEmpty()) {
            return generation;
        }
        String answer = ExtractiveAnswerer.NOTHING_FOUND.equals(generation.answer())
                ? notices.toString()
                : notices + " From the indexed documents: " + generation.answer();
        return generation.withAnswer(answer);
    }
}
