package io.loadcast.stack.command;

import io.loadcast.stack.part.HealthWait;
import io.loadcast.stack.part.Part;
import io.loadcast.stack.part.PartFailure;
import io.loadcast.stack.part.PartLauncher;
import io.loadcast.stack.part.RunDirectory;
import io.loadcast.stack.part.StartedPart;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a group of parts that do not depend on each other, all at once, and waits for all of them. A part
 * already running from an earlier {@code up} is not started twice.
 */
public final class PartPhase {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final RunDirectory runDirectory;
    private final PartLauncher launcher;
    private final PrintStream out;

    public PartPhase(RunDirectory runDirectory, Path workingDirectory, PrintStream out) {
        this.runDirectory = runDirectory;
        this.launcher = new PartLauncher(runDirectory, workingDirectory);
        this.out = out;
    }

    /** False when a part failed; that part is stopped, the others are left running for inspection. */
    public boolean startAndAwait(List<Part> parts) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<StartedPart> started = new ArrayList<>();
        for (Part part : parts) {
            Optional<StartedPart> running = launcher.findRunning(part);
            if (running.isPresent()) {
                out.printf(
                        "  %-18s already running (pid %d)%n",
                        part.name(), running.get().process().pid());
                started.add(running.get());
            } else if (!isPortFree(part.port())) {
                out.printf(
                        "  %-18s cannot start: port %d is in use by a process without a pid file"
                                + " (./loadcast down clears leftovers of a crashed stack)%n",
                        part.name(), part.port());
                return false;
            } else {
                StartedPart fresh = launcher.start(part);
                out.printf(
                        "  %-18s starting (pid %d, log %s)%n",
                        part.name(), fresh.process().pid(), runDirectory.logFile(part.name()));
                started.add(fresh);
            }
        }
        try {
            new HealthWait(runDirectory, POLL)
                    .awaitHealthy(
                            started,
                            healthy -> out.printf(
                                    "  %-18s healthy after %.1f s%n",
                                    healthy.part().name(), (System.nanoTime() - start) / 1_000_000_000.0));
            return true;
        } catch (PartFailure failure) {
            report(failure);
            return false;
        }
    }

    private void report(PartFailure failure) throws IOException {
        out.println();
        out.println("FAILED: " + failure.getMessage());
        out.println("Last lines of " + failure.logFile() + ":");
        failure.logTail().forEach(line -> out.println("  | " + line));
        runDirectory.pidFile(failure.partName()).liveProcess().ifPresent(process -> process.stopTree(STOP_GRACE));
        runDirectory.pidFile(failure.partName()).delete();
        out.println("Stopped " + failure.partName() + ". Parts that did start are left running for inspection;"
                + " ./loadcast down stops them.");
    }

    private static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
