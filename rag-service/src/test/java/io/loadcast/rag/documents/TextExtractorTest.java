package io.loadcast.rag.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.starter.problem.LoadcastProblemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void takesTitleAndMetadataFromAHeaderBlock() throws Exception {
        String file = "Title: Heat pumps\nSource: https://example.org/heat\nLicence: CC BY-SA 4.0\n---\n# Heat\nBody.";

        DocumentInput doc = extractor.extract("x", "heat.md", stream(file));

        assertThat(doc.title()).isEqualTo("Heat pumps");
        assertThat(doc.text()).isEqualTo("# Heat\nBody.");
        assertThat(doc.metadata())
                .containsEntry("source", "https://example.org/heat")
                .containsEntry("licence", "CC BY-SA 4.0");
    }

    @Test
    void leavesTextWithoutAHeaderAlone() throws Exception {
        String file = "Just text: with a colon\n---\nand a rule";

        DocumentInput doc = extractor.extract("x", "notes.txt", stream(file));

        assertThat(doc.title()).isEqualTo("notes.txt");
        assertThat(doc.text()).isEqualTo(file);
    }

    @Test
    void extractsHtmlTextAndTitleThroughTika() throws Exception {
        String html = "<html><head><title>Balancing</title></head><body><p>The ESO balances supply.</p></body></html>";

        DocumentInput doc = extractor.extract("b", "balancing.html", stream(html));

        assertThat(doc.title()).isEqualTo("Balancing");
        assertThat(doc.text()).contains("The ESO balances supply.").doesNotContain("<p>");
    }

    @Test
    void refusesAnUnsupportedType() {
        assertThatThrownBy(() -> extractor.extract("x", "sheet.xlsx", stream("x")))
                .isInstanceOf(LoadcastProblemException.class)
                .hasMessageContaining("sheet.xlsx");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
