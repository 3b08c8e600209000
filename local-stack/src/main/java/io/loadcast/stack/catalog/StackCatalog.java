package io.loadcast.stack.catalog;

import io.loadcast.stack.kafka.KafkaBrokerMain;
import io.loadcast.stack.kafka.KafkaHealth;
import io.loadcast.stack.part.HealthCheck;
import io.loadcast.stack.part.HttpHealth;
import io.loadcast.stack.part.JavaCommand;
import io.loadcast.stack.part.Part;
import io.loadcast.stack.part.PartKind;
import io.loadcast.stack.postgres.PostgresHealth;
import io.loadcast.stack.postgres.PostgresMain;
import io.loadcast.stack.s3.S3Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The parts of the suite, in start order: infrastructure first, then the services. */
public final class StackCatalog {

    public static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("ingest-service", 8081),
            new ServiceSpec("forecast-service", 8082),
            new ServiceSpec("rag-service", 8083),
            new ServiceSpec("guardrail-service", 8084),
            new ServiceSpec("registry-service", 8085),
            new ServiceSpec("console", StackPorts.CONSOLE));

    public static final String KAFKA = "kafka";
    public static final String POSTGRES = "postgres";
    public static final String S3 = "s3";

    private final StackLayout layout;
    private final StackSettings settings;

    public StackCatalog(StackLayout layout, StackSettings settings) {
        this.layout = layout;
        this.settings = settings;
    }

    public List<Part> infra(boolean withS3) {
        List<Part> parts = new ArrayList<>();
        parts.add(infraPart(
                KAFKA,
                StackPorts.KAFKA,
                new KafkaHealth("localhost:" + StackPorts.KAFKA),
                "-Xmx512m",
                KafkaBrokerMain.class,
                Integer.toString(StackPorts.KAFKA),
                Integer.toString(StackPorts.KAFKA_CONTROLLER),
                layout.kafka().toString()));
        // the console only serves pages; every other service owns a database
        List<String> databases = SERVICES.stream()
                .filter(service -> service.port() != StackPorts.CONSOLE)
                .map(ServiceSpec::database)
                .toList();
        parts.add(asPostgresAccount(infraPart(
                POSTGRES,
                StackPorts.POSTGRES,
                new PostgresHealth(StackPorts.POSTGRES, databases),
                PostgresMain.HEAP,
                PostgresMain.class,
                Stream.concat(
                                Stream.of(
                                        Integer.toString(StackPorts.POSTGRES),
                                        layout.postgres().toString(),
                                        postgresServerPidFile().toString()),
                                databases.stream())
                        .toArray(String[]::new))));
        if (withS3) {
            parts.add(infraPart(
                    S3,
                    StackPorts.S3,
                    HttpHealth.anyAnswer(StackPorts.S3),
                    "-Xmx256m",
                    S3Main.class,
                    Integer.toString(StackPorts.S3),
                    layout.s3().toString(),
                    StackPorts.S3_BUCKET,
                    layout.s3CredentialsFile().toString()));
        }
        return parts;
    }

    /** As root, the PostgreSQL part runs as {@link StackSettings#postgresAccount()}: PostgreSQL refuses root. */
    private Part asPostgresAccount(Part part) {
        return settings.postgresAccount()
                .map(account -> {
                    List<String> command = new ArrayList<>(account.commandPrefix());
                    command.addAll(part.command());
                    return new Part(
                            part.name(),
                            part.kind(),
                            part.port(),
                            command,
                            part.environment(),
                            part.health(),
                            part.startTimeout(),
                            part.marker());
                })
                .orElse(part);
    }

    /** Where the PostgreSQL part writes the postmaster's pid for {@code down}. */
    public Path postgresServerPidFile() {
        return layout.run().resolve("postgres-server.pid");
    }

    public List<Part> services(ServiceEnvironment.Values values) {
        return SERVICES.stream().map(service -> servicePart(service, values)).toList();
    }

    /** Every part name in the order {@code down} stops them: services, then what they depend on. */
    public static List<String> stopOrder() {
        List<String> names =
                new ArrayList<>(SERVICES.stream().map(ServiceSpec::module).toList());
        names.addAll(List.of(S3, KAFKA, POSTGRES));
        return names;
    }

    private Part servicePart(ServiceSpec service, ServiceEnvironment.Values values) {
        Path jar = layout.serviceJar(service.module());
        return new Part(
                service.module(),
                PartKind.SERVICE,
                service.port(),
                JavaCommand.jar(settings.serviceJavaOptions(), jar),
                ServiceEnvironment.of(service, values),
                HttpHealth.readiness(service.port()),
                settings.serviceTimeout(),
                jar.toString());
    }

    private Part infraPart(String name, int port, HealthCheck health, String heap, Class<?> main, String... args) {
        return new Part(
                name,
                PartKind.INFRA,
                port,
                JavaCommand.ownClasspath(List.of(heap), main, List.of(args)),
                Map.of(),
                health,
                settings.infraTimeout(),
                main.getName());
    }
}
