package io.loadcast.stack.postgres;

import io.loadcast.stack.part.PidFile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs real PostgreSQL from the binaries zonky ships in a Maven artifact, keeping the data directory
 * between runs, and creates the given databases when they are missing. Zonky's shutdown hook stops the
 * server on SIGTERM.
 *
 * <p>Arguments: {@code <port> <data-dir> <server-pid-file> <database>...}. The postmaster detaches from this
 * JVM's process tree, so its pid is written to {@code server-pid-file} for {@code down} to find if this JVM
 * is ever killed without running its hook.
 */
public final class PostgresMain {

    /**
     * Heap of this wrapper JVM. Zonky unpacks the binaries (an xz archive) in the heap on the first start of a
     * machine; 64m threw OutOfMemoryError there, 128m was measured enough, this leaves a margin.
     */
    public static final String HEAP = "-Xmx192m";

    private static final Logger log = LoggerFactory.getLogger(PostgresMain.class);

    private PostgresMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: PostgresMain <port> <data-dir> <server-pid-file> <database>...");
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                // zonky's default is off (for tests); ingest commits Kafka offsets after its write, so the write
                // must survive a crash of PostgreSQL itself
                .setServerConfig("synchronous_commit", "on")
                .start();
        writeServerPid(dataDir, new PidFile(Path.of(args[2])));
        createMissingDatabases(postgres.getPostgresDatabase(), List.of(args).subList(3, args.length));
        log.info("PostgreSQL ready on localhost:{} with data in {}", port, dataDir);
        new CountDownLatch(1).await();
    }

    private static void writeServerPid(Path dataDir, PidFile pidFile) throws Exception {
        // postmaster.pid: first line is the pid of the server, written by PostgreSQL itself
        String pid = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8)
                .get(0)
                .trim();
        pidFile.write(Long.parseLong(pid), dataDir.toString());
    }

    static void createMissingDatabases(DataSource admin, List<String> databases) throws SQLException {
        try (Connection connection = admin.getConnection()) {
            for (String database : databases) {
                if (!exists(connection, database)) {
                    try (Statement statement = connection.createStatement()) {
                        // names come from the launcher's fixed list, never from user input
                        statement.execute("create database \"" + database + "\"");
                    }
                    log.info("Created database {}", database);
                }
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
