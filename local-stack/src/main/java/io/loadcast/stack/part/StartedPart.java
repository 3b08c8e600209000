package io.loadcast.stack.part;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A part whose process is running: either started by this launcher (then its exit code is known) or found
 * running from an earlier {@code up}.
 */
public record StartedPart(Part part, OwnedProcess process, Optional<Process> child) {

    public static StartedPart started(Part part, Process child) {
        return new StartedPart(part, new OwnedProcess(child.pid()), Optional.of(child));
    }

    public static StartedPart found(Part part, OwnedProcess process) {
        return new StartedPart(part, process, Optional.empty());
    }

    public boolean hasExited() {
        return child.map(process -> !process.isAlive()).orElseGet(() -> !process.isAlive());
    }

    public OptionalInt exitCode() {
        return child.filter(process -> !process.isAlive())
                .map(process -> OptionalInt.of(process.exitValue()))
                .orElse(OptionalInt.empty());
    }
}
