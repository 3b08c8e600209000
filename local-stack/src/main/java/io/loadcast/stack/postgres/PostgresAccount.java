package io.loadcast.stack.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unprivileged account PostgreSQL runs as when the stack is started by root: {@code initdb} and
 * {@code postgres} refuse to run as root, and containers usually run as root. The launcher creates the system
 * account when it is missing, hands it the data directory and the server pid file, and starts the PostgreSQL
 * part through {@code setpriv} (util-linux, beside {@code setsid}).
 *
 * @param name the account, {@code LOADCAST_POSTGRES_USER} or {@value #DEFAULT_NAME}
 */
public record PostgresAccount(String name) {

    public static final String DEFAULT_NAME = "loadcast-pg";

    /** The account to drop to, present only when this process runs as root. */
    public static Optional<PostgresAccount> whenRoot(Map<String, String> env) {
        if (!runningAsRoot()) {
            return Optional.empty();
        }
        String name = env.getOrDefault("LOADCAST_POSTGRES_USER", "").trim();
        return Optional.of(new PostgresAccount(name.isEmpty() ? DEFAULT_NAME : name));
    }

    static boolean runningAsRoot() {
        try {
            // /proc/self belongs to the effective user of the process reading it
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** {@code setpriv} arguments that run the rest of a command line as this account. */
    public List<String> commandPrefix() {
        return List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups");
    }

    /**
     * Creates the account if missing, gives it {@code dataDir} and {@code serverPidFile}, and checks it can reach
     * the class path and the data directory (a repository under a private home such as {@code /root} is not).
     */
    public void prepare(Path dataDir, Path serverPidFile, List<Path> readable)
            throws IOException, InterruptedException {
        if (run(List.of("id", "-u", name)) != 0) {
            int created = run(List.of(
                    "useradd",
                    "--system",
                    "--user-group",
                    "--no-create-home",
                    "--home-dir",
                    "/nonexistent",
                    "--shell",
                    "/usr/sbin/nologin",
                    name));
            if (created != 0) {
                throw new IOException("could not create the system account " + name + " for PostgreSQL (useradd "
                        + "exit " + created + "); create it or set LOADCAST_POSTGRES_USER to an existing one");
            }
        }
        Files.createDirectories(dataDir);
        Files.createDirectories(serverPidFile.getParent());
        if (!Files.exists(serverPidFile)) {
            Files.createFile(serverPidFile);
        }
        check(run(List.of("chown", "-R", name + ":", dataDir.toString(), serverPidFile.toString())), "chown");
        List<String> probe = new ArrayList<>(commandPrefix());
        probe.addAll(List.of("test", "-w", dataDir.toString(), "-a", "-w", serverPidFile.toString()));
        for (Path path : readable) {
            probe.addAll(List.of("-a", "-r", path.toString()));
        }
        if (run(probe) != 0) {
            throw new IOException("PostgreSQL runs as " + name + " (it refuses root), but " + name
                    + " cannot reach " + dataDir + " or the launcher's jars: put the repository where other users"
                    + " may read it (not under a private home such as /root)");
        }
    }

    private static void check(int exit, String what) throws IOException {
        if (exit != 0) {
            throw new IOException(what + " failed with exit " + exit);
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }
}
