package io.loadcast.stack.part;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts parts as detached processes. {@code setsid} puts each one in a session of its own, so it outlives
 * the launcher JVM and is not hit by a Ctrl-C meant for the terminal that ran {@code up}.
 */
public final class PartLauncher {

    private static final Logger log = LoggerFactory.getLogger(PartLauncher.class);

    private final RunDirectory runDirectory;
    private final Path workingDirectory;

    public PartLauncher(RunDirectory runDirectory, Path workingDirectory) {
        this.runDirectory = runDirectory;
        this.workingDirectory = workingDirectory;
    }

    /** The part's process if a pid file names it and it is still alive. */
    public Optional<StartedPart> findRunning(Part part) {
        return runDirectory.pidFile(part.name()).liveProcess().map(process -> StartedPart.found(part, process));
    }

    public StartedPart start(Part part) throws IOException {
        Path logFile = runDirectory.logFile(part.name());
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add("setsid");
        command.addAll(part.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        builder.environment().putAll(part.environment());
        Process process = builder.start();
        runDirectory.pidFile(part.name()).write(process.pid(), part.marker());
        log.debug("Started {} as pid {}", part.name(), process.pid());
        return StartedPart.started(part, process);
    }
}
