package io.loadcast.starter.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server from Maven-shipped binaries (zonky), started once per test JVM and shared by the
 * test classes of a module; each service gets its own database, as in production.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;
    private static final Set<String> created = new HashSet<>();

    private EmbeddedPostgresDatabase() {}

    /** Points Spring's data source at {@code database} on the shared server, creating it on first use. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        String url = jdbcUrl(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres postgres = server();
        if (created.add(database)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"" + database + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stop, "embedded-postgres-stop"));
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
