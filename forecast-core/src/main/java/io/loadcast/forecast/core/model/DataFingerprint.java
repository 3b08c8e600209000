package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over series ids, start instants and values: equal data, equal fingerprint. */
public final class DataFingerprint {

    private DataFingerprint() {}

    public static String of(List<HalfHourlySeries> series) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (HalfHourlySeries s : series) {
                digest.update(s.seriesId().getBytes(StandardCharsets.UTF_8));
                digest.update(ByteBuffer.allocate(8)
                        .putLong(s.start().getEpochSecond())
                        .array());
                ByteBuffer values = ByteBuffer.allocate(8 * s.size());
                for (double v : s.values()) {
                    values.putDouble(v);
                }
                digest.update(values.array());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
