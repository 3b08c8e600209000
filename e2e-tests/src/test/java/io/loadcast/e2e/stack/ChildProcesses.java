package io.loadcast.e2e.stack;

import io.loadcast.stack.part.OwnedProcess;
import io.loadcast.stack.part.Part;
import io.loadcast.stack.part.PartKind;
import io.loadcast.stack.part.PidFile;
import io.loadcast.stack.part.StartedPart;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes the suite started, stopped exactly once: by {@link #stopAll()} after the test, or by a JVM
 * shutdown hook when the test JVM is interrupted (Ctrl-C, a Failsafe timeout). Unlike {@code ./loadcast up} the
 * parts are not detached with {@code setsid}: they belong to the test run and share its fate.
 */
final class ChildProcesses {

    private static final Logger log = LoggerFactory.getLogger(ChildProcesses.class);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private final SuiteLayout layout;
    private final List<StartedPart> started = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread hook;

    ChildProcesses(SuiteLayout layout) {
        this.layout = layout;
        this.hook = new Thread(this::stopAll, "e2e-suite-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    synchronized StartedPart start(Part part) throws IOException {
        if (stopped.get()) {
            throw new IllegalStateException("suite already stopped");
        }
        Files.createDirectories(layout.logs());
        ProcessBuilder builder = new ProcessBuilder(part.command())
                // relative defaults of a service (index, artifacts) land in the temporary home, not in the repo
                .directory(layout.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(layout.logFile(part.name()).toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        // a developer's shell may export LOADCAST_* or SPRING_* settings (demo data, an LLM key): none may leak in
        builder.environment().keySet().removeIf(name -> name.startsWith("LOADCAST_") || name.startsWith("SPRING_"));
        builder.environment().putAll(part.environment());
        StartedPart child = StartedPart.started(part, builder.start());
        started.add(child);
        log.info("started {} (pid {}, log {})", part.name(), child.process().pid(), layout.logFile(part.name()));
        return child;
    }

    synchronized StartedPart find(String name) {
        return started.stream()
                .filter(part -> part.part().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part " + name));
    }

    synchronized List<String> names() {
        return started.stream().map(part -> part.part().name()).toList();
    }

    /** Services in parallel (each SIGTERM, then SIGKILL after the grace), then Kafka and PostgreSQL. */
    void stopAll() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<StartedPart> parts;
        synchronized (this) {
            parts = List.copyOf(started);
        }
        stop(parts.stream().filter(p -> p.part().kind() == PartKind.SERVICE).toList());
        stop(parts.stream().filter(p -> p.part().kind() == PartKind.INFRA).toList());
        // a PostgreSQL JVM killed before its shutdown hook ran leaves the postmaster behind
        new PidFile(layout.postgresServerPidFile()).liveProcess().ifPresent(server -> server.stopTree(GRACE));
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook itself
        }
    }

    private static void stop(List<StartedPart> parts) {
        CompletableFuture.allOf(parts.stream()
                        .map(part -> CompletableFuture.runAsync(() -> {
                            OwnedProcess process = part.process();
                            if (process.isAlive()) {
                                process.stopTree(GRACE);
                                log.info("stopped {}", part.part().name());
                            }
                        }))
                        .toArray(CompletableFuture[]::new))
                .join();
    }
}
