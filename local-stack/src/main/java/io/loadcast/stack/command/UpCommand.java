package io.loadcast.stack.command;

import io.loadcast.stack.catalog.ApiKey;
import io.loadcast.stack.catalog.ServiceEnvironment;
import io.loadcast.stack.catalog.ServiceSpec;
import io.loadcast.stack.catalog.StackCatalog;
import io.loadcast.stack.catalog.StackLayout;
import io.loadcast.stack.catalog.StackPorts;
import io.loadcast.stack.catalog.StackSettings;
import io.loadcast.stack.part.JavaCommand;
import io.loadcast.stack.postgres.PostgresAccount;
import io.loadcast.stack.s3.S3Credentials;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code up}: infrastructure, healthy; then the services, healthy; then where to find everything. */
public final class UpCommand {

    private final StackLayout layout;
    private final StackSettings settings;
    private final Map<String, String> env;
    private final PrintStream out;

    public UpCommand(StackLayout layout, StackSettings settings, Map<String, String> env, PrintStream out) {
        this.layout = layout;
        this.settings = settings;
        this.env = env;
        this.out = out;
    }

    public int run(boolean withS3) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<Path> missing = StackCatalog.SERVICES.stream()
                .map(service -> layout.serviceJar(service.module()))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            out.println("Missing service jars (build with ./mvnw -DskipTests package): " + missing);
            return 2;
        }
        layout.createDirectories();
        String apiKey = ApiKey.resolve(Optional.ofNullable(env.get("LOADCAST_API_KEY")), layout.apiKeyFile());
        Optional<S3Credentials> s3 =
                withS3 ? Optional.of(S3Credentials.readOrCreate(layout.s3CredentialsFile())) : Optional.empty();
        StackCatalog catalog = new StackCatalog(layout, settings);
        if (settings.postgresAccount().isPresent()) {
            PostgresAccount account = settings.postgresAccount().get();
            out.println("Running as root: PostgreSQL runs as the system account " + account.name());
            account.prepare(layout.postgres(), catalog.postgresServerPidFile(), JavaCommand.ownClasspathEntries());
        }
        PartPhase phase = new PartPhase(layout.runDirectory(), layout.repo(), out);

        out.println("Starting infrastructure (data in " + layout.home() + ")");
        if (!phase.startAndAwait(catalog.infra(withS3))) {
            return 1;
        }
        out.println("Starting services");
        if (!phase.startAndAwait(catalog.services(new ServiceEnvironment.Values(layout, apiKey, s3)))) {
            return 1;
        }
        double healthySeconds = (System.nanoTime() - start) / 1_000_000_000.0;
        if (!env.getOrDefault("LOADCAST_DEMO_DATA", "").isBlank()) {
            new FirstModelJob(forecastPort(), apiKey, out).run(Duration.ofMinutes(10));
        }
        printSummary(apiKey, withS3, healthySeconds);
        return 0;
    }

    private static int forecastPort() {
        return StackCatalog.SERVICES.stream()
                .filter(service -> service.module().equals("forecast-service"))
                .findFirst()
                .orElseThrow()
                .port();
    }

    private void printSummary(String apiKey, boolean withS3, double seconds) {
        out.println();
        out.printf("loadcast is up: healthy in %.1f s%n", seconds);
        for (ServiceSpec service : StackCatalog.SERVICES) {
            String base = "http://localhost:" + service.port();
            out.printf("  %-18s %s/swagger-ui.html   metrics %s/actuator/prometheus%n", service.module(), base, base);
        }
        out.println("  Kafka              localhost:" + StackPorts.KAFKA);
        out.println("  PostgreSQL         jdbc:postgresql://localhost:" + StackPorts.POSTGRES
                + "/<service> (user postgres)");
        if (withS3) {
            out.println("  S3                 http://localhost:" + StackPorts.S3 + " bucket " + StackPorts.S3_BUCKET
                    + " (keys in " + layout.s3CredentialsFile() + ")");
        }
        out.println("  API key            " + apiKey + "   (header X-Api-Key)");
        out.println("  Console            http://localhost:" + StackPorts.CONSOLE + "/   (paste the API key to write)");
        out.println("  Logs               " + layout.logs() + "   stop everything with ./loadcast down");
    }
}
