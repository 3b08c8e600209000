package io.loadcast.rag.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void startsANewChunkAtEveryMarkdownOrUnderlinedHeading() {
        String text = "# Demand\n\nDemand peaks at teatime.\n\nSupply\n======\n\nWind varies. Solar follows the sun.\n";

        List<Chunker.Piece> pieces = new Chunker(500, 100).chunk(text);

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

        List<Chunker.Piece> pieces = new Chunker(200, 60).chunk(text.toString());

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

        List<Chunker.Piece> pieces = new Chunker(300, 50).chunk(sentence);

        assertThat(pieces).hasSizeGreaterThan(4);
        assertThat(pieces).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(300));
        assertThat(String.join(" ", pieces.stream().map(Chunker.Piece::text).toList()))
                .contains("word word");
    }

    @Test
    void joinsLinesOfAParagraphAndSkipsEmptySections() {
        List<Chunker.Piece> pieces = new Chunker(500, 100).chunk("# Empty\n\n# Full\nOne line\nsecond line.");

        assertThat(pieces).containsExactly(new Chunker.Piece("Full", "One line second line."));
    }
}
