package io.loadcast.ingest.datasets.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the canonical content of a dataset: UTF-8 CSV, {@code \n} line ends, header {@code
 * series_id,timestamp,value}, rows ordered by series id then time, instants in ISO-8601 UTC with a {@code Z}, values
 * as plain decimals without trailing zeros ({@code 21783}, {@code -12.5}). Its sha256 is computed as it is written and
 * the content is kept gzipped.
 */
public final class CanonicalContent {

    private final MessageDigest digest;
    private final ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    private final OutputStream out;
    private long rows;

    public CanonicalContent() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
            out = new DigestOutputStream(new GZIPOutputStream(gzipped, 64 * 1024), digest);
            write("series_id,timestamp,value\n");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(String seriesId, Instant timestamp, double value) {
        write(seriesId
                + ','
                + timestamp
                + ','
                + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                + '\n');
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Finishes the content; returns its gzip bytes. */
    public byte[] finish() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gzipped.toByteArray();
    }

    /** The sha256 (hex) of the uncompressed content; call after {@link #finish()}. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void write(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
