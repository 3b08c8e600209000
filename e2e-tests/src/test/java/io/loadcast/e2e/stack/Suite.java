package io.loadcast.e2e.stack;

import io.loadcast.stack.kafka.KafkaBrokerMain;
import io.loadcast.stack.kafka.KafkaHealth;
import io.loadcast.stack.part.HealthWait;
import io.loadcast.stack.part.HttpHealth;
import io.loadcast.stack.part.JavaCommand;
import io.loadcast.stack.part.LogTail;
import io.loadcast.stack.part.Part;
import io.loadcast.stack.part.PartFailure;
import io.loadcast.stack.part.PartKind;
import io.loadcast.stack.part.RunDirectory;
import io.loadcast.stack.part.StartedPart;
import io.loadcast.stack.postgres.PostgresHealth;
import io.loadcast.stack.postgres.PostgresMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole suite as child processes on free ports, with its data in a temporary directory and its logs in
 * {@code logs}: the local stack's own KRaft broker and PostgreSQL mains, then the five service jars. Nothing is
 * shared with a developer's {@code ./loadcast up} (fixed ports 9092, 15432, 808x, data in {@code .loadcast/}).
 */
public final class Suite implements SuiteEndpoints {

    private static final Logger log = LoggerFactory.getLogger(Suite.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(120);
    // five Spring Boot services start at once on two cores shared with other builds
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(300);
    private static final List<String> SERVICE_JVM = List.of("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SuiteLayout layout;
    private final ChildProcesses children;
    private final String apiKey;
    private final int kafkaPort = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final int postgresPort = FreePorts.next();
    private final Map<SuiteService, Integer> ports = SuiteService.freePorts();

    private Suite(SuiteLayout layout, String apiKey) {
        this.layout = layout;
        this.apiKey = apiKey;
        this.children = new ChildProcesses(layout);
    }

    /**
     * Starts infrastructure, waits until it is healthy, then starts the services with {@code settings} on top of
     * the environment {@code ./loadcast up} gives them, and waits until each is ready.
     */
    public static Suite start(SuiteLayout layout, String apiKey, ServiceSettings settings)
            throws IOException, InterruptedException {
        Suite suite = new Suite(layout, apiKey);
        try {
            suite.startAll(settings);
            return suite;
        } catch (IOException | InterruptedException | RuntimeException e) {
            suite.printLogTails();
            suite.close();
            throw e;
        }
    }

    private void startAll(ServiceSettings settings) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> databases = SuiteService.databases();
        await(List.of(
                children.start(infra(
                        "kafka",
                        kafkaPort,
                        new KafkaHealth(kafkaBootstrap()),
                        "-Xmx512m",
                        KafkaBrokerMain.class,
                        Stream.of(
                                Integer.toString(kafkaPort),
                                Integer.toString(controllerPort),
                                layout.home().resolve("kafka").toString()))),
                children.start(infra(
                        "postgres",
                        postgresPort,
                        new PostgresHealth(postgresPort, databases),
                        PostgresMain.HEAP,
                        PostgresMain.class,
                        Stream.concat(
                                Stream.of(
                                        Integer.toString(postgresPort),
                                        layout.home().resolve("postgres").toString(),
                                        layout.postgresServerPidFile().toString()),
                                databases.stream())))));
        log.info("Infrastructure healthy after {} s", seconds(start));
        TopicLayout.create(kafkaBootstrap());
        List<StartedPart> services = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            services.add(children.start(servicePart(service, settings)));
        }
        await(services);
        log.info("Suite ready after {} s", seconds(start));
    }

    private Part infra(
            String name,
            int port,
            io.loadcast.stack.part.HealthCheck health,
            String heap,
            Class<?> main,
            Stream<String> args) {
        return new Part(
                name,
                PartKind.INFRA,
                port,
                launcherCommand(heap, main, args.toList()),
                Map.of(),
                health,
                INFRA_TIMEOUT,
                main.getName());
    }

    /**
     * Runs a local-stack main from the packaged {@code local-stack.jar}, as {@code ./loadcast up} does (its manifest
     * brings in {@code target/lib}). Not this JVM's class path: in a reactor build that holds both the reactor's jar
     * with its manifest class path and the same libraries from the local repository, and zonky refuses two copies
     * of the PostgreSQL binaries.
     */
    private List<String> launcherCommand(String heap, Class<?> main, List<String> args) {
        Path launcher = layout.launcherJar();
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalStateException(
                    launcher + " is missing: build the suite first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(JavaCommand.javaExecutable(), heap, "-cp", launcher.toString()));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    private Part servicePart(SuiteService service, ServiceSettings settings) {
        Path jar = layout.serviceJar(service.module());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package -DskipTests)");
        }
        // the rows of local-stack's ServiceEnvironment, with this suite's ports and directories
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(port(service)));
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgresPort + "/" + service.database());
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("LOADCAST_API_KEY", apiKey);
        env.put("LOADCAST_HOME", layout.home().toString());
        env.put("LOADCAST_ARTIFACTS_ROOT", layout.home().resolve("artifacts").toString());
        env.put("SPRING_APPLICATION_JSON", JSON.writeValueAsString(settings.of(service, this)));
        return new Part(
                service.module(),
                PartKind.SERVICE,
                port(service),
                JavaCommand.jar(SERVICE_JVM, jar),
                env,
                HttpHealth.readiness(port(service)),
                SERVICE_TIMEOUT,
                jar.toString());
    }

    private void await(List<StartedPart> parts) throws InterruptedException {
        try {
            new HealthWait(new RunDirectory(layout.home().resolve("run"), layout.logs()), POLL)
                    .awaitHealthy(
                            parts,
                            healthy -> log.info(
                                    "{} healthy (pid {})",
                                    healthy.part().name(),
                                    healthy.process().pid()));
        } catch (PartFailure failure) {
            throw new IllegalStateException(failure.getMessage() + "; last lines of " + failure.logFile() + ":\n  | "
                    + String.join("\n  | ", failure.logTail()));
        }
    }

    @Override
    public String forecastMetricsUrl() {
        return baseUrl(SuiteService.FORECAST);
    }

    /** The pid of forecast-service's process, or that it exited. */
    @Override
    public String forecastProcess() {
        return isRunning(SuiteService.FORECAST) ? "pid " + pid(SuiteService.FORECAST) : "exited";
    }

    public int port(SuiteService service) {
        return ports.get(service);
    }

    @Override
    public String baseUrl(SuiteService service) {
        return "http://localhost:" + port(service);
    }

    @Override
    public String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    @Override
    public String apiKey() {
        return apiKey;
    }

    /** The pid of a part's process as started, while it runs. */
    public long pid(SuiteService service) {
        return children.find(service.module()).process().pid();
    }

    public boolean isRunning(SuiteService service) {
        return !children.find(service.module()).hasExited();
    }

    /** The last lines of every part's log, for a failure report. */
    @Override
    public void printLogTails() {
        for (String name : children.names()) {
            Path file = layout.logs().resolve(name + ".log");
            List<String> tail = new LogTail(file, 40).read();
            System.err.println("----- last lines of " + file + " -----\n"
                    + tail.stream().map(line -> "  | " + line).collect(Collectors.joining("\n")));
        }
    }

    /** Stops services first, then Kafka and PostgreSQL, and deletes the temporary data. */
    @Override
    public void close() {
        children.stopAll();
        layout.deleteHome();
    }

    private static String seconds(long start) {
        return String.format("%.1f", (System.nanoTime() - start) / 1e9);
    }
}
