package io.loadcast.ingest.readings.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Encodes staged rows in PostgreSQL's binary COPY format (PostgreSQL documentation, "COPY", section "Binary Format"):
 * the server stores the integers, the float and the timestamp as they come instead of parsing text, and the client
 * formats no numbers or dates. Columns: {@code [ord int4,] series_key int4, ts timestamptz, value float8, source text}.
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, the epoch of PostgreSQL timestamps, in seconds since the Unix epoch. */
    private static final long POSTGRES_EPOCH = 946_684_800L;

    private BinaryCopy() {}

    /** The staging table's rows: the row's index in {@code rows} as {@code ord}, then the four columns of a reading. */
    static byte[] encode(List<StagedRow> rows, List<Integer> indexes) {
        return encode(rows, indexes, true);
    }

    /** The rows without {@code ord}: {@code series_key, ts, value, source}, for a COPY straight into readings. */
    static byte[] encodeReadings(List<StagedRow> rows) {
        return encode(rows, IntStream.range(0, rows.size()).boxed().toList(), false);
    }

    private static byte[] encode(List<StagedRow> rows, List<Integer> indexes, boolean withOrd) {
        var bytes = new ByteArrayOutputStream(19 + indexes.size() * 48);
        Map<String, byte[]> sources = new HashMap<>();
        try (var out = new DataOutputStream(bytes)) {
            out.write(SIGNATURE);
            out.writeInt(0); // flags: no OIDs
            out.writeInt(0); // header extension length
            for (int i : indexes) {
                StagedRow row = rows.get(i);
                if (withOrd) {
                    out.writeShort(5);
                    out.writeInt(4);
                    out.writeInt(i);
                } else {
                    out.writeShort(4);
                }
                out.writeInt(4);
                out.writeInt(row.seriesKey());
                out.writeInt(8);
                out.writeLong(micros(row.timestamp()));
                out.writeInt(8);
                out.writeDouble(row.value());
                byte[] source = sources.computeIfAbsent(row.source(), s -> s.getBytes(StandardCharsets.UTF_8));
                out.writeInt(source.length);
                out.write(source);
            }
            out.writeShort(-1); // file trailer
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    /** Microseconds since 2000-01-01Z, rounded half up from nanoseconds as the server rounds text input. */
    static long micros(Instant instant) {
        long micros = Math.multiplyExact(instant.getEpochSecond() - POSTGRES_EPOCH, 1_000_000L);
        int nanos = instant.getNano();
        return micros + nanos / 1000 + (nanos % 1000 >= 500 ? 1 : 0);
    }
}
