package io.loadcast.ingest.imports;

import io.loadcast.ingest.imports.domain.NesoFileException;
import io.loadcast.starter.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/** The bytes of an uploaded file: gzip is accepted (the shared NESO files are stored gzipped), bounded in size. */
final class FileContent {

    /** A gzip bomb must not exhaust memory: no NESO year comes near this. */
    private static final int MAX_UNZIPPED = 256 * 1024 * 1024;

    private FileContent() {}

    static byte[] gunzipIfNeeded(byte[] content) {
        if (content.length < 2 || (content[0] & 0xff) != 0x1f || (content[1] & 0xff) != 0x8b) {
            return content;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            byte[] bytes = in.readNBytes(MAX_UNZIPPED + 1);
            if (bytes.length > MAX_UNZIPPED) {
                throw new NesoFileException(ProblemType.FILE_TOO_LARGE, "the file unzips to more than 256 MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new NesoFileException(
                    ProblemType.INVALID_GZIP, "the file looks gzipped but cannot be unzipped: " + e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
