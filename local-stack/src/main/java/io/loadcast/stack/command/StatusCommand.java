package io.loadcast.stack.command;

import io.loadcast.stack.part.OwnedProcess;
import io.loadcast.stack.part.Part;
import io.loadcast.stack.part.RunDirectory;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code status}: per part, whether its process runs, whether it answers its health check, port and log. */
public final class StatusCommand {

    private final RunDirectory runDirectory;
    private final PrintStream out;

    public StatusCommand(RunDirectory runDirectory, PrintStream out) {
        this.runDirectory = runDirectory;
        this.out = out;
    }

    public int run(List<Part> parts) {
        out.printf("  %-18s %-16s %-9s %-6s %s%n", "PART", "PROCESS", "HEALTH", "PORT", "LOG");
        for (Part part : parts) {
            Optional<OwnedProcess> process = runDirectory.pidFile(part.name()).liveProcess();
            String running = process.map(p -> "running (" + p.pid() + ")").orElse("not running");
            String health = part.health().isHealthy() ? "healthy" : "-";
            out.printf(
                    "  %-18s %-16s %-9s %-6d %s%n",
                    part.name(), running, health, part.port(), runDirectory.logFile(part.name()));
        }
        return 0;
    }
}
