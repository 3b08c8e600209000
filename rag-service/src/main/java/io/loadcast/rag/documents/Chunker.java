package io.loadcast.rag.documents;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sections at headings (Markdown {@code #}, or a line underlined with {@code = - ~ ^} as in
 * reStructuredText and setext), then packs whole sentences ({@link BreakIterator}) into chunks of at most
 * {@code maxChars} and at most {@code maxTokens} model tokens for what the model embeds (title, heading and text,
 * with [CLS] and [SEP]), so no chunk is cut short by the model's window; each chunk after the first in a section
 * repeats the previous chunk's last sentences up to {@code overlapChars} (fewer when the token limit needs it). A
 * chunk never spans two sections, and only a sentence longer than a chunk is cut (at words).
 */
final class Chunker {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^*#])\\1{2,}\\s*$");

    /** A chunk's text and the heading it sits under. */
    record Piece(String section, String text) {}

    /** [CLS], [SEP] and the two ". " that join title, heading and text in what the model embeds. */
    private static final int FRAME_TOKENS = 4;

    private final int maxChars;
    private final int overlapChars;
    private final int maxTokens;
    private final ToIntFunction<String> tokens;

    /**
     * @param tokens counts the model's word pieces in a text (without special tokens)
     */
    Chunker(int maxChars, int overlapChars, int maxTokens, ToIntFunction<String> tokens) {
        this.maxChars = maxChars;
        this.overlapChars = Math.min(overlapChars, maxChars / 2);
        this.maxTokens = maxTokens;
        this.tokens = tokens;
    }

    List<Piece> chunk(String text) {
        return chunk("", text);
    }

    /** The pieces of a document's text; the title counts against each piece's token budget. */
    List<Piece> chunk(String title, String text) {
        List<Piece> pieces = new ArrayList<>();
        String section = "";
        List<String> paragraph = new ArrayList<>();
        List<String> sectionParagraphs = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher heading = MARKDOWN_HEADING.matcher(line);
            boolean underlined = i + 1 < lines.length
                    && !line.isEmpty()
                    && UNDERLINE.matcher(lines[i + 1].strip()).matches();
            if (heading.matches() || underlined) {
                flush(paragraph, sectionParagraphs);
                pack(title, section, sectionParagraphs, pieces);
                section = heading.matches() ? heading.group(1) : line;
                i += underlined ? 1 : 0;
            } else if (line.isEmpty() || UNDERLINE.matcher(line).matches()) {
                flush(paragraph, sectionParagraphs);
            } else {
                paragraph.add(line);
            }
        }
        flush(paragraph, sectionParagraphs);
        pack(title, section, sectionParagraphs, pieces);
        return pieces;
    }

    private static void flush(List<String> paragraph, List<String> sectionParagraphs) {
        if (!paragraph.isEmpty()) {
            sectionParagraphs.add(String.join(" ", paragraph));
            paragraph.clear();
        }
    }

    private void pack(String title, String section, List<String> paragraphs, List<Piece> pieces) {
        int budget = Math.max(
                1,
                maxTokens
                        - FRAME_TOKENS
                        - tokens.applyAsInt(title)
                        - (section.equals(title) ? 0 : tokens.applyAsInt(section)));
        List<Sentence> sentences = new ArrayList<>();
        paragraphs.forEach(p -> sentences.addAll(sentences(p, budget)));
        paragraphs.clear();
        List<Sentence> current = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!current.isEmpty()
                    && (chars(current) + sentence.text().length() + 1 > maxChars
                            || tokens(current) + sentence.tokens() > budget)) {
                pieces.add(new Piece(section, text(current)));
                current = overlap(current);
                while (!current.isEmpty() && tokens(current) + sentence.tokens() > budget) {
                    current.remove(0);
                }
            }
            current.add(sentence);
        }
        if (!current.isEmpty()) {
            pieces.add(new Piece(section, text(current)));
        }
    }

    /** A sentence and its length in model tokens (word pieces of sentences joined by spaces add up). */
    private record Sentence(String text, int tokens) {}

    private static int chars(List<Sentence> sentences) {
        return sentences.stream().mapToInt(s -> s.text().length() + 1).sum();
    }

    private static int tokens(List<Sentence> sentences) {
        return sentences.stream().mapToInt(Sentence::tokens).sum();
    }

    private static String text(List<Sentence> sentences) {
        return String.join(" ", sentences.stream().map(Sentence::text).toList());
    }

    private List<Sentence> overlap(List<Sentence> previous) {
        List<Sentence> tail = new ArrayList<>();
        int length = 0;
        for (int i = previous.size() - 1; i >= 0; i--) {
            length += previous.get(i).text().length() + 1;
            if (length > overlapChars) {
                break;
            }
            tail.add(0, previous.get(i));
        }
        return tail;
    }

    private List<Sentence> sentences(String paragraph, int budget) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(paragraph);
        for (int start = breaks.first(), end = breaks.next();
                end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                int count = tokens.applyAsInt(sentence);
                if (sentence.length() > maxChars - overlapChars || count > budget) {
                    out.addAll(cutAtWords(sentence, budget));
                } else {
                    out.add(new Sentence(sentence, count));
                }
            }
        }
        return out;
    }

    /** Parts of a sentence too long for a chunk, each short enough to follow an overlap in chars, and in tokens. */
    private List<Sentence> cutAtWords(String sentence, int budget) {
        List<Sentence> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int partTokens = 0;
        for (String word : sentence.split("\\s+")) {
            int wordTokens = tokens.applyAsInt(word);
            if ((part.length() + word.length() + 1 > maxChars - overlapChars || partTokens + wordTokens > budget)
                    && part.length() > 0) {
                parts.add(new Sentence(part.toString(), partTokens));
                part.setLength(0);
                partTokens = 0;
            }
            part.append(part.length() == 0 ? "" : " ").append(word);
            partTokens += wordTokens;
        }
        if (part.length() > 0) {
            parts.add(new Sentence(part.toString(), partTokens));
        }
        return parts;
    }
}
