package io.loadcast.stack.part;

import java.nio.file.Path;
import java.util.List;

/** A part that died or did not become healthy in time, with what its log said last. */
public final class PartFailure extends Exception {

    private final String partName;
    private final Path logFile;
    private final List<String> logTail;

    public PartFailure(String partName, String reason, Path logFile, List<String> logTail) {
        super(partName + " " + reason);
        this.partName = partName;
        this.logFile = logFile;
        this.logTail = List.copyOf(logTail);
    }

    public String partName() {
        return partName;
    }

    public Path logFile() {
        return logFile;
    }

    public List<String> logTail() {
        return logTail;
    }
}
