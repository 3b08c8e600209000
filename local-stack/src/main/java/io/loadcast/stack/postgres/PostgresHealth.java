package io.loadcast.stack.postgres;

import io.loadcast.stack.part.HealthCheck;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Healthy when {@code select 1} answers and every service database exists: the server accepts connections
 * a moment before the launcher's databases are created, and a service started in that moment would fail.
 */
public record PostgresHealth(int port, List<String> databases) implements HealthCheck {

    public PostgresHealth {
        databases = List.copyOf(databases);
    }

    @Override
    public boolean isHealthy() {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("password", "postgres");
        props.setProperty("connectTimeout", "2");
        props.setProperty("socketTimeout", "2");
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", props);
                PreparedStatement query = connection.prepareStatement(
                        "select 1, (select count(*) from pg_database where datname = any(?))")) {
            query.setArray(1, connection.createArrayOf("text", databases.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1 && rows.getInt(2) == databases.size();
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
