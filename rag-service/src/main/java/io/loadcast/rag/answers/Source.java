package io.loadcast.rag.answers;

/**
 * A numbered source an answer may cite: a tool result or a retrieved passage.
 *
 * @param context what the passage is about, as the index embedded it (title, section heading, text); the offline
 *     answerer prefers sentences of the passage whose context is nearest the question
 */
public record Source(int number, String documentId, String title, String chunkId, String text, String context) {

    public Source(int number, String documentId, String title, String chunkId, String text) {
        this(number, documentId, title, chunkId, text, title + ". " + text);
    }
}
