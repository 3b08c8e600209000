package io.loadcast.stack.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** The API key of the local stack: from the environment, else generated once and kept for the next start. */
public final class ApiKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKey() {}

    public static String resolve(Optional<String> fromEnvironment, Path file) throws IOException {
        Optional<String> given = fromEnvironment.map(String::trim).filter(key -> !key.isEmpty());
        if (given.isPresent()) {
            return given.get();
        }
        Optional<String> stored = existing(file);
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Files.createDirectories(file.getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
        return key;
    }

    public static Optional<String> existing(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim())
                .filter(key -> !key.isEmpty());
    }
}
