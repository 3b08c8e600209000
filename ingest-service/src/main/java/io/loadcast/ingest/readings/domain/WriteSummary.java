package io.loadcast.ingest.readings.domain;

/**
 * What a write did to the store.
 *
 * @param inserted readings at a new series and instant
 * @param revised readings that changed the value at an existing key (the old value kept as a revision)
 * @param unchanged readings identical to what was stored (replays, duplicates)
 */
public record WriteSummary(long inserted, long revised, long unchanged) {

    public static final WriteSummary NONE = new WriteSummary(0, 0, 0);

    public WriteSummary plus(WriteSummary other) {
        return new WriteSummary(inserted + other.inserted, revised + other.revised, unchanged + other.unchanged);
    }

    public long total() {
        return inserted + revised + unchanged;
    }
}
