package io.loadcast.stack.part;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A pid file holding the pid on its first line and, on its second, a text the process's command line must
 * contain; a pid alone could have been reused by an unrelated process since it was written.
 */
public record PidFile(Path path) {

    public void write(long pid, String marker) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, pid + "\n" + marker + "\n", StandardCharsets.UTF_8);
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    public void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    /** The process this file names, if it is still alive and still the one that was started. */
    public Optional<OwnedProcess> liveProcess() {
        if (!exists()) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            if (lines.size() < 2 || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            OwnedProcess process = new OwnedProcess(Long.parseLong(lines.get(0).trim()));
            return process.isAlive() && process.commandLine().contains(lines.get(1))
                    ? Optional.of(process)
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
