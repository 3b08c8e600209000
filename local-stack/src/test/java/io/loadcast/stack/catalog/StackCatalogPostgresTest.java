package io.loadcast.stack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.stack.part.Part;
import io.loadcast.stack.postgres.PostgresAccount;
import io.loadcast.stack.postgres.PostgresMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StackCatalogPostgresTest {

    private static final StackLayout LAYOUT = new StackLayout(Path.of("/tmp/home"), Path.of("/tmp/repo"));

    @Test
    void asRootThePostgresPartRunsAsTheAccountThroughSetprivWithTheHeapTheUnpackNeeds() {
        Part postgres = postgres(Optional.of(new PostgresAccount("pg-test")));

        assertThat(postgres.command().subList(0, 4))
                .containsExactly("setpriv", "--reuid=pg-test", "--regid=pg-test", "--init-groups");
        assertThat(postgres.command()).contains(PostgresMain.HEAP, PostgresMain.class.getName());
        assertThat(postgres.marker()).isEqualTo(PostgresMain.class.getName());
    }

    @Test
    void otherwiseThePostgresPartIsAPlainJavaCommand() {
        Part postgres = postgres(Optional.empty());

        assertThat(postgres.command().get(0)).endsWith("/bin/java");
        assertThat(postgres.command()).doesNotContain("setpriv").contains(PostgresMain.HEAP);
    }

    @Test
    void theServerPidFileIsInTheRunDirectory() {
        StackCatalog catalog = new StackCatalog(LAYOUT, settings(Optional.empty()));

        assertThat(catalog.postgresServerPidFile()).isEqualTo(Path.of("/tmp/home/run/postgres-server.pid"));
        assertThat(postgres(Optional.empty()).command()).contains("/tmp/home/run/postgres-server.pid");
    }

    private static Part postgres(Optional<PostgresAccount> account) {
        return new StackCatalog(LAYOUT, settings(account))
                .infra(false).stream()
                        .filter(part -> part.name().equals(StackCatalog.POSTGRES))
                        .findFirst()
                        .orElseThrow();
    }

    private static StackSettings settings(Optional<PostgresAccount> account) {
        return new StackSettings(List.of("-Xmx768m"), Duration.ofSeconds(120), Duration.ofSeconds(120), account);
    }
}
