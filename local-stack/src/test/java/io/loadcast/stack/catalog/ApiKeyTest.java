package io.loadcast.stack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyTest {

    @TempDir
    Path home;

    @Test
    void generatesAKeyOnceInAFileOnlyItsOwnerCanReadAndReusesIt() throws Exception {
        Path file = home.resolve("api-key");

        String first = ApiKey.resolve(Optional.empty(), file);
        String second = ApiKey.resolve(Optional.empty(), file);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void prefersTheKeyFromTheEnvironmentAndStoresNothing() throws Exception {
        Path file = home.resolve("api-key");

        assertThat(ApiKey.resolve(Optional.of("from-env"), file)).isEqualTo("from-env");
        assertThat(file).doesNotExist();
    }
}
