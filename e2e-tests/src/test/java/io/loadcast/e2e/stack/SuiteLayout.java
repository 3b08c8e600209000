package io.loadcast.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Where the suite's parts live: the repository (service jars), a fresh temporary home for data (Kafka log,
 * PostgreSQL cluster, artifacts, rag index; deleted afterwards) and a log directory kept for inspection.
 */
public record SuiteLayout(Path repo, Path home, Path logs) {

    public SuiteLayout {
        repo = repo.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
        logs = logs.toAbsolutePath().normalize();
    }

    /** A new temporary home, and the log directory emptied of an earlier run's logs. */
    public static SuiteLayout create(Path repo, Path logs) throws IOException {
        Files.createDirectories(logs);
        try (Stream<Path> old = Files.list(logs)) {
            for (Path file : old.filter(f -> f.toString().endsWith(".log")).toList()) {
                Files.delete(file);
            }
        }
        return new SuiteLayout(repo, Files.createTempDirectory("loadcast-e2e-"), logs);
    }

    /** The local stack's launcher jar, whose mains start the KRaft broker and PostgreSQL. */
    public Path launcherJar() {
        return repo.resolve("local-stack").resolve("target").resolve("local-stack.jar");
    }

    public Path serviceJar(String module) {
        return repo.resolve(module).resolve("target").resolve(module + ".jar");
    }

    /** The postmaster detaches from its JVM's tree; PostgresMain writes its pid here. */
    Path postgresServerPidFile() {
        return home.resolve("run").resolve("postgres-server.pid");
    }

    Path logFile(String part) {
        return logs.resolve(part + ".log");
    }

    void deleteHome() {
        if (!Files.exists(home)) {
            return;
        }
        try {
            Files.walkFileTree(home, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + home, e);
        }
    }
}
