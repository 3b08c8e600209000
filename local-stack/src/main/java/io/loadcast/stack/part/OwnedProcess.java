package io.loadcast.stack.part;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A process the stack started, addressed by pid because the launcher that started it has usually exited.
 * Reads {@code /proc} directly: an orphan killed under an init that does not reap stays a zombie, which
 * {@link ProcessHandle#isAlive()} would still call alive.
 */
public record OwnedProcess(long pid) {

    public boolean isAlive() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            // the state follows the parenthesised command name, which may itself contain spaces or parentheses
            String afterName = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return !afterName.startsWith("Z") && !afterName.startsWith("X");
        } catch (IOException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    public String commandLine() {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * SIGTERM first so JVMs run their shutdown hooks (PostgreSQL and Kafka stop cleanly that way), SIGKILL
     * whatever of the tree is left after the grace period.
     */
    public void stopTree(Duration grace) {
        Optional<ProcessHandle> root = ProcessHandle.of(pid);
        List<ProcessHandle> descendants =
                root.map(handle -> handle.descendants().toList()).orElse(List.of());
        root.ifPresent(ProcessHandle::destroy);
        awaitExit(List.of(this), grace);
        root.filter(handle -> isAlive()).ifPresent(ProcessHandle::destroyForcibly);
        List<OwnedProcess> leftovers = descendants.stream()
                .map(handle -> new OwnedProcess(handle.pid()))
                .filter(OwnedProcess::isAlive)
                .toList();
        descendants.forEach(ProcessHandle::destroy);
        awaitExit(leftovers, Duration.ofSeconds(5));
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(leftovers, Duration.ofSeconds(2));
        awaitExit(List.of(this), Duration.ofSeconds(2));
    }

    private static void awaitExit(List<OwnedProcess> processes, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (processes.stream().anyMatch(OwnedProcess::isAlive) && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
