package io.loadcast.rag.documents;

import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Turns uploaded rows and files into documents, or a 400 problem naming the row and field at fault. */
public final class DocumentUploads {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/#@+-]{1,200}");
    private static final int MAX_TEXT = 5_000_000;

    private final TextExtractor extractor;

    DocumentUploads(TextExtractor extractor) {
        this.extractor = extractor;
    }

    public DocumentInput validated(
            int row, @Nullable String id, @Nullable String title, @Nullable String text, Map<String, String> meta) {
        if (id == null || !ID.matcher(id).matches()) {
            throw invalid(row, "id", "must be 1-200 letters, digits or . _ : / # @ + -");
        }
        if (text == null || text.isBlank()) {
            throw invalid(row, "text", "must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw invalid(row, "text", "must be at most " + MAX_TEXT + " characters");
        }
        return new DocumentInput(id, title == null || title.isBlank() ? id : title, text, meta);
    }

    public DocumentInput fromFile(int row, @Nullable String fileName, InputStream content) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            throw invalid(row, "filename", "every file part needs a file name");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        DocumentInput document = extractor.extract(name, name, content);
        return validated(row, document.id(), document.title(), document.text(), document.metadata());
    }

    private static LoadcastProblemException invalid(int row, String field, String message) {
        return new LoadcastProblemException(
                        ProblemType.INVALID_DOCUMENT, "Document " + row + ": " + field + " " + message + ".")
                .with("field", "[" + row + "]." + field)
                .with("row", row);
    }
}
