package io.loadcast.rag.documents;

import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Text of an uploaded or synced file. Plain text, Markdown and reStructuredText are read as UTF-8 so their heading
 * marks survive for the chunker; PDF and HTML go through Apache Tika. A leading header block of {@code Key: value}
 * lines closed by {@code ---} (as in the energy-docs corpus) or YAML front matter gives the title and metadata.
 */
final class TextExtractor {

    static final Set<String> PLAIN = Set.of("md", "markdown", "txt", "rst", "text");
    static final Set<String> SUPPORTED = Set.of("md", "markdown", "txt", "rst", "text", "html", "htm", "pdf");

    private final AutoDetectParser tika = new AutoDetectParser();

    /** The document's title (from the file when it names one, else the file name), text and header metadata. */
    DocumentInput extract(String id, String fileName, InputStream content) throws IOException {
        String extension = extension(fileName);
        if (!SUPPORTED.contains(extension)) {
            throw new LoadcastProblemException(
                            ProblemType.UNSUPPORTED_DOCUMENT_TYPE,
                            "'" + fileName + "' is not PDF, Markdown, HTML or plain text.")
                    .with("file", fileName);
        }
        String title = fileName;
        String text;
        if (PLAIN.contains(extension)) {
            text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        } else {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            BodyContentHandler handler = new BodyContentHandler(-1);
            try {
                tika.parse(content, handler, metadata, new ParseContext());
            } catch (TikaException | SAXException e) {
                throw new LoadcastProblemException(
                                ProblemType.UNREADABLE_DOCUMENT,
                                "'" + fileName + "' could not be parsed: " + e.getMessage())
                        .with("file", fileName);
            }
            text = handler.toString();
            String tikaTitle = metadata.get(TikaCoreProperties.TITLE);
            title = tikaTitle == null || tikaTitle.isBlank() ? title : tikaTitle.strip();
        }
        return withHeader(new DocumentInput(id, title, text, Map.of("file", fileName)));
    }

    /** Moves a leading {@code Key: value ... ---} header into the title and metadata. */
    static DocumentInput withHeader(DocumentInput document) {
        String text = document.text().replace("\r\n", "\n");
        String body = text.startsWith("---\n") ? text.substring(4) : text;
        int end = body.indexOf("\n---\n");
        if (end < 0) {
            return document;
        }
        Map<String, String> metadata = new LinkedHashMap<>(document.metadata());
        for (String line : body.substring(0, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0
                    || line.substring(0, colon).isBlank()
                    || line.substring(0, colon).contains(" ")) {
                return document;
            }
            metadata.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        String title = metadata.getOrDefault("title", document.title());
        metadata.remove("title");
        return new DocumentInput(document.id(), title, body.substring(end + 5), metadata);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
