package io.loadcast.rag.tools;

/**
 * What a tool found, as a sentence that states its numbers, or why it found nothing.
 *
 * @param kind the tool
 * @param seriesId the series asked about
 * @param title the citation's title (service, model, time)
 * @param text the fact in words, quoted by the offline answerer and given to a chat model as a source
 * @param answered false when the service failed: {@code text} then says why, and nothing is cited
 */
public record ToolResult(ToolKind kind, String seriesId, String title, String text, boolean answered) {

    static ToolResult of(ToolKind kind, String seriesId, String title, String text) {
        return new ToolResult(kind, seriesId, title, text, true);
    }

    static ToolResult unavailable(ToolKind kind, String seriesId, String reason) {
        return new ToolResult(kind, seriesId, "", reason, false);
    }

    public String documentId() {
        return kind.citationId(seriesId);
    }
}
