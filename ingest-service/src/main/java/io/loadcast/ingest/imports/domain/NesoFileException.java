package io.loadcast.ingest.imports.domain;

/** A file that cannot be imported at all (no header, no date or period column, empty). */
public final class NesoFileException extends RuntimeException {

    private final String slug;

    public NesoFileException(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    /** Stable problem type slug, e.g. {@code missing-column}. */
    public String slug() {
        return slug;
    }
}
