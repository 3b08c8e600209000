package io.loadcast.rag.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Jazzer fuzz target of the document text extractor (the bytes of any uploaded or synced file, PDF and HTML through
 * Apache Tika). Without {@code JAZZER_FUZZ} it replays {@code TextExtractorFuzzTestInputs/} as a normal test;
 * {@code ops/fuzz-rag.sh} fuzzes it. Oracle: a file is read into a document or refused with the catalogue's
 * unreadable- or unsupported-document problem (a 4xx naming the file), never any other exception (a 500).
 */
class TextExtractorFuzzTest {

    private static final List<String> NAMES =
            List.of("a.pdf", "a.html", "a.htm", "a.md", "a.txt", "a.rst", "a.markdown", "a.text", "a.docx");
    private static final TextExtractor EXTRACTOR = new TextExtractor();

    @FuzzTest(maxDuration = "5m")
    void anyFileIsReadOrRefusedWithAProblem(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(NAMES);
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            DocumentInput document = EXTRACTOR.extract("fuzz", name, new ByteArrayInputStream(bytes));
            assertThat(document.title()).isNotNull();
            assertThat(document.text()).isNotNull();
        } catch (LoadcastProblemException e) {
            assertThat(e.slug())
                    .isIn(ProblemType.UNREADABLE_DOCUMENT.slug(), ProblemType.UNSUPPORTED_DOCUMENT_TYPE.slug());
        }
    }
}
