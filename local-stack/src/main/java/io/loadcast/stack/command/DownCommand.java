package io.loadcast.stack.command;

import io.loadcast.stack.part.OwnedProcess;
import io.loadcast.stack.part.PidFile;
import io.loadcast.stack.part.RunDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code down}: stops exactly the processes named in pid files, known parts in the given order (services
 * before what they depend on), then any other pid file left in {@code run/}. Nothing else is touched.
 */
public final class DownCommand {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final RunDirectory runDirectory;
    private final PrintStream out;

    public DownCommand(RunDirectory runDirectory, PrintStream out) {
        this.runDirectory = runDirectory;
        this.out = out;
    }

    public int run(List<String> stopOrder) throws IOException {
        List<PidFile> ordered = new ArrayList<>();
        stopOrder.forEach(name -> ordered.add(runDirectory.pidFile(name)));
        for (PidFile other : runDirectory.allPidFiles()) {
            if (!ordered.contains(other)) {
                ordered.add(other);
            }
        }
        int stopped = 0;
        for (PidFile pidFile : ordered) {
            if (!pidFile.exists()) {
                continue;
            }
            String name = pidFile.path().getFileName().toString().replaceFirst("\\.pid$", "");
            Optional<OwnedProcess> process = pidFile.liveProcess();
            if (process.isPresent()) {
                out.printf("  %-18s stopping pid %d%n", name, process.get().pid());
                process.get().stopTree(GRACE);
                stopped++;
            }
            pidFile.delete();
        }
        out.println(stopped == 0 ? "Nothing was running." : "Stopped " + stopped + " part(s).");
        return 0;
    }
}
