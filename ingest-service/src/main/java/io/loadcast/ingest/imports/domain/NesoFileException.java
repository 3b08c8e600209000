package io.loadcast.ingest.imports.domain;

import io.loadcast.starter.problem.ProblemType;

/** A file that cannot be imported at all (no header, no date or period column, empty). */
public final class NesoFileException extends RuntimeException {

    private final ProblemType type;

    public NesoFileException(ProblemType type, String message) {
        super(message);
        this.type = type;
    }

    /** Which problem of the catalogue, e.g. {@link ProblemType#MISSING_COLUMN}. */
    public ProblemType type() {
        return type;
    }
}
