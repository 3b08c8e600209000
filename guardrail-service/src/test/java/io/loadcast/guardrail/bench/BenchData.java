package io.loadcast.guardrail.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared data lives: the first argument, or {@code shared/data} beside the repository. */
final class BenchData {

    private BenchData() {}

    static Path root(String[] args) {
        if (args.length > 0) {
            return Path.of(args[0]);
        }
        for (String candidate : new String[] {"../shared/data", "../../shared/data"}) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("shared data not found; pass its directory as the first argument");
    }
}
