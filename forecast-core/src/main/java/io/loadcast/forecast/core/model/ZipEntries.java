package io.loadcast.forecast.core.model;

import java.io.IOException;
import java.util.zip.ZipInputStream;

/** Reads one zip entry with a bound on its inflated size, so a small zip cannot inflate into gigabytes. */
public final class ZipEntries {

    /** The bound used when a caller gives none: far above any model, far below the heap. */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private ZipEntries() {}

    /** The current entry's bytes; throws {@link UnreadableModelException} when it inflates past {@code max}. */
    public static byte[] read(ZipInputStream zip, String name, long max) throws IOException {
        byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new UnreadableModelException(
                    "zip entry " + name + " inflates past the limit of " + max + " bytes", null);
        }
        return bytes;
    }
}
