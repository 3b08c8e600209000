package io.loadcast.rag.documents;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sections at headings (Markdown {@code #}, or a line underlined with {@code = - ~ ^} as in
 * reStructuredText and setext), then packs whole sentences ({@link BreakIterator}) into chunks of at most
 * {@code maxChars}; each chunk after the first in a section repeats the previous chunk's last sentences up to
 * {@code overlapChars}. A chunk never spans two sections, and only a sentence longer than a chunk is cut (at words).
 */
final class Chunker {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern UNDERLINE = Pattern.compile("^([=\\-~^*#])\\1{2,}\\s*$");

    /** A chunk's text and the heading it sits under. */
    record Piece(String section, String text) {}

    private final int maxChars;
    private final int overlapChars;

    Chunker(int maxChars, int overlapChars) {
        this.maxChars = maxChars;
        this.overlapChars = Math.min(overlapChars, maxChars / 2);
    }

    List<Piece> chunk(String text) {
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
                pack(section, sectionParagraphs, pieces);
                section = heading.matches() ? heading.group(1) : line;
                i += underlined ? 1 : 0;
            } else if (line.isEmpty() || UNDERLINE.matcher(line).matches()) {
                flush(paragraph, sectionParagraphs);
            } else {
                paragraph.add(line);
            }
        }
        flush(paragraph, sectionParagraphs);
        pack(section, sectionParagraphs, pieces);
        return pieces;
    }

    private static void flush(List<String> paragraph, List<String> sectionParagraphs) {
        if (!paragraph.isEmpty()) {
            sectionParagraphs.add(String.join(" ", paragraph));
            paragraph.clear();
        }
    }

    private void pack(String section, List<String> paragraphs, List<Piece> pieces) {
        List<String> sentences = new ArrayList<>();
        paragraphs.forEach(p -> sentences.addAll(sentences(p)));
        paragraphs.clear();
        List<String> current = new ArrayList<>();
        int length = 0;
        for (String sentence : sentences) {
            if (length + sentence.length() + 1 > maxChars && !current.isEmpty()) {
                pieces.add(new Piece(section, String.join(" ", current)));
                current = overlap(current);
                length = current.stream().mapToInt(s -> s.length() + 1).sum();
            }
            current.add(sentence);
            length += sentence.length() + 1;
        }
        if (!current.isEmpty()) {
            pieces.add(new Piece(section, String.join(" ", current)));
        }
    }

    private List<String> overlap(List<String> previous) {
        List<String> tail = new ArrayList<>();
        int length = 0;
        for (int i = previous.size() - 1; i >= 0; i--) {
            length += previous.get(i).length() + 1;
            if (length > overlapChars) {
                break;
            }
            tail.add(0, previous.get(i));
        }
        return tail;
    }

    private List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(paragraph);
        for (int start = breaks.first(), end = breaks.next();
                end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.addAll(cutAtWords(sentence));
            }
        }
        return out;
    }

    private List<String> cutAtWords(String sentence) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String word : sentence.split("\\s+")) {
            if (part.length() + word.length() + 1 > maxChars - overlapChars && part.length() > 0) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(part.length() == 0 ? "" : " ").append(word);
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }
}
