package io.loadcast.rag.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    /** A stand-in for the model's word-piece count in these unit tests: one token per word. */
    private static final ToIntFunction<String> WORDS =
            t -> t.isBlank() ? 0 : t.strip().split("\\s+").length;

    @Test
    void startsANewChunkAtEveryMarkdownOrUnderlinedHeading() {
        String text = "# Demand\n\nDemand peaks at teatime.\n\nSupply\n======\n\nWind varies. Solar follows the sun.\n";

        List<Chunker.Piece> pieces = new Chunker(500, 100, 512, WORDS).chunk(text);

        assertThat(pieces)
                .containsExactly(
                        new Chunker.Piece("Demand", "Demand peaks at teatime."),
                        new Chunker.Piece("Supply", "Wind varies. Solar follows the sun."));
    }

    @Test
    void packsWholeSentencesUnderTheLimitAndRepeatsTheTailOfThePreviousChunk() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("Sentence number ").append(i).append(" talks about the grid. ");
        }

        List<Chunker.Piece> pieces = new Chunker(200, 60, 512, WORDS).chunk(text.toString());

        assertThat(pieces).hasSizeGreaterThan(4);
        for (Chunker.Piece piece : pieces) {
            assertThat(piece.text().length()).isLessThanOrEqualTo(200);
            assertThat(piece.text()).startsWith("Sentence number").endsWith("the grid.");
        }
        for (int i = 1; i < pieces.size(); i++) {
            String previous = pieces.get(i - 1).text();
            String lastSentence = previous.substring(previous.lastIndexOf("Sentence number"));
            assertThat(pieces.get(i).text()).startsWith(lastSentence);
        }
    }

    @Test
    void cutsASentenceLongerThanAChunkAtWords() {
        String sentence = "word ".repeat(300).strip() + ".";

        List<Chunker.Piece> pieces = new Chunker(300, 50, 512, WORDS).chunk(sentence);

        assertThat(pieces).hasSizeGreaterThan(4);
        assertThat(pieces).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(300));
        assertThat(String.join(" ", pieces.stream().map(Chunker.Piece::text).toList()))
                .contains("word word");
    }

    @Test
    void joinsLinesOfAParagraphAndSkipsEmptySections() {
        List<Chunker.Piece> pieces =
                new Chunker(500, 100, 512, WORDS).chunk("# Empty\n\n# Full\nOne line\nsecond line.");

        assertThat(pieces).containsExactly(new Chunker.Piece("Full", "One line second line."));
    }

    @Test
    void keepsATextWholeWhenItFitsTheTokenLimitWithItsTitle() {
        String text = "Demand falls on bank holidays. ".repeat(20).strip();

        List<Chunker.Piece> pieces = new Chunker(100_000, 200, 512, WORDS).chunk("Holidays", text);

        assertThat(pieces).containsExactly(new Chunker.Piece("", text));
    }

    @Test
    void packsSentencesUpToTheTokenLimitLessTheTitleAndSpecialTokens() {
        // 5 tokens per sentence; budget 40 - 4 (frame) - 6 (title) = 30 tokens: six sentences per chunk
        String text = "Wind output varies by hour. ".repeat(20).strip();
        String title = "a title of six words here";

        List<Chunker.Piece> pieces = new Chunker(100_000, 0, 40, WORDS).chunk(title, text);

        assertThat(pieces).hasSize(4);
        assertThat(pieces)
                .allSatisfy(p -> assertThat(WORDS.applyAsInt(p.text())).isLessThanOrEqualTo(30));
        assertThat(WORDS.applyAsInt(pieces.get(0).text())).isEqualTo(30);
    }

    @Test
    void dropsOverlapSentencesThatWouldPushAChunkOverTheTokenLimit() {
        // the overlap (up to 1,000 chars) would repeat whole chunks; the token limit keeps every chunk within 12
        String text = "Solar peaks at noon today. ".repeat(12).strip();

        List<Chunker.Piece> pieces = new Chunker(100_000, 1_000, 16, WORDS).chunk(text);

        assertThat(pieces).hasSizeGreaterThan(5);
        assertThat(pieces)
                .allSatisfy(p -> assertThat(WORDS.applyAsInt(p.text())).isLessThanOrEqualTo(12));
    }

    @Test
    void cutsASentenceLongerThanTheTokenLimitAtWords() {
        String sentence = "kilowatt ".repeat(100).strip() + ".";

        List<Chunker.Piece> pieces = new Chunker(100_000, 0, 24, WORDS).chunk(sentence);

        assertThat(pieces).hasSize(5);
        assertThat(pieces)
                .allSatisfy(p -> assertThat(WORDS.applyAsInt(p.text())).isEqualTo(20));
    }
}
