package io.loadcast.stack.part;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One process of the local stack: how to start it, how to tell it is healthy, and how long to wait for that.
 *
 * @param name stable name, used for the log file, the pid file and in every report
 * @param kind infrastructure parts are started and healthy before any service starts
 * @param port the port it serves on, for status output
 * @param command the command line, without {@code setsid}
 * @param environment variables added to the launcher's own environment
 * @param health the check that must pass before the part counts as up
 * @param startTimeout how long a fresh start may take to become healthy
 * @param marker text its command line must contain for a pid to be treated as this part (guards against pid reuse)
 */
public record Part(
        String name,
        PartKind kind,
        int port,
        List<String> command,
        Map<String, String> environment,
        HealthCheck health,
        Duration startTimeout,
        String marker) {

    public Part {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
