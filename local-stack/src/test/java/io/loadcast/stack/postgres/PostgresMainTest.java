package io.loadcast.stack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.stack.part.FreePort;
import io.loadcast.stack.part.HealthWait;
import io.loadcast.stack.part.JavaCommand;
import io.loadcast.stack.part.OwnedProcess;
import io.loadcast.stack.part.Part;
import io.loadcast.stack.part.PartKind;
import io.loadcast.stack.part.PartLauncher;
import io.loadcast.stack.part.RunDirectory;
import io.loadcast.stack.part.StartedPart;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresMainTest {

    private static final List<String> DATABASES = List.of("ingest", "registry");

    @TempDir
    Path home;

    private final int port = FreePort.find();
    private final List<StartedPart> started = new ArrayList<>();

    @AfterEach
    void stopPostgres() {
        started.forEach(part -> part.process().stopTree(Duration.ofSeconds(20)));
        run().pidFile("postgres-server").liveProcess().ifPresent(server -> server.stopTree(Duration.ofSeconds(5)));
    }

    @Test
    void createsTheServiceDatabasesAndKeepsTheirRowsAcrossARestart() throws Exception {
        StartedPart first = startPostgres();
        OwnedProcess server = run().pidFile("postgres-server").liveProcess().orElseThrow();
        try (Connection connection = connect("registry");
                Statement statement = connection.createStatement()) {
            statement.execute("create table experiments (name text primary key)");
            statement.execute("insert into experiments values ('day-ahead')");
        }

        first.process().stopTree(Duration.ofSeconds(20));
        assertThat(server.isAlive())
                .as("postmaster stopped by the shutdown hook")
                .isFalse();
        startPostgres();

        try (Connection connection = connect("registry");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from experiments")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("day-ahead");
        }
        try (Connection connection = connect("ingest")) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    private StartedPart startPostgres() throws Exception {
        List<String> args = new ArrayList<>(List.of(
                Integer.toString(port),
                home.resolve("postgres").toString(),
                run().pidFile("postgres-server").path().toString()));
        args.addAll(DATABASES);
        Part postgres = new Part(
                "postgres",
                PartKind.INFRA,
                port,
                JavaCommand.ownClasspath(List.of(PostgresMain.HEAP), PostgresMain.class, args),
                Map.of(),
                new PostgresHealth(port, DATABASES),
                Duration.ofSeconds(60),
                PostgresMain.class.getName());
        StartedPart running = new PartLauncher(run(), home).start(postgres);
        started.add(running);
        new HealthWait(run(), Duration.ofMillis(250)).awaitHealthy(List.of(running), part -> {});
        return running;
    }

    private Connection connect(String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    private RunDirectory run() {
        return new RunDirectory(home.resolve("run"), home.resolve("logs"));
    }
}
