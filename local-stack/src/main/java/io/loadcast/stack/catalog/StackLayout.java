package io.loadcast.stack.catalog;

import io.loadcast.stack.part.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Everything the stack keeps lives under one home directory, {@code .loadcast/} at the repository root. */
public record StackLayout(Path home, Path repo) {

    public StackLayout {
        home = home.toAbsolutePath().normalize();
        repo = repo.toAbsolutePath().normalize();
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path run() {
        return home.resolve("run");
    }

    public Path artifacts() {
        return home.resolve("artifacts");
    }

    public Path kafka() {
        return home.resolve("kafka");
    }

    public Path postgres() {
        return home.resolve("postgres");
    }

    public Path s3() {
        return home.resolve("s3");
    }

    public Path apiKeyFile() {
        return home.resolve("api-key");
    }

    public Path s3CredentialsFile() {
        return home.resolve("s3-credentials");
    }

    public Path serviceJar(String module) {
        return repo.resolve(module).resolve("target").resolve(module + ".jar");
    }

    public RunDirectory runDirectory() {
        return new RunDirectory(run(), logs());
    }

    public void createDirectories() throws IOException {
        for (Path dir : new Path[] {logs(), run(), artifacts(), kafka(), postgres()}) {
            Files.createDirectories(dir);
        }
    }
}
