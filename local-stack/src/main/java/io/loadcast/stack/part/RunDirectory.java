package io.loadcast.stack.part;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where parts keep their pid files ({@code run/}) and their logs ({@code logs/}). */
public record RunDirectory(Path pids, Path logs) {

    public PidFile pidFile(String partName) {
        return new PidFile(pids.resolve(partName + ".pid"));
    }

    public Path logFile(String partName) {
        return logs.resolve(partName + ".log");
    }

    /** Every pid file present, including ones a part wrote for processes of its own (the postmaster). */
    public List<PidFile> allPidFiles() throws IOException {
        if (!Files.isDirectory(pids)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(pids)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                    .sorted()
                    .map(PidFile::new)
                    .toList();
        }
    }
}
