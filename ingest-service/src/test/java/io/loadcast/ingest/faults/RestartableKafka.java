package io.loadcast.ingest.faults;

import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node KRaft broker (Kafka's own {@code KafkaRaftServer}, as {@code kafka.Kafka} runs it) that a test
 * can stop and start again on the same ports and log directory, which spring-kafka's embedded broker cannot.
 */
final class RestartableKafka implements AutoCloseable {

    private final Properties properties;
    private KafkaRaftServer server;

    RestartableKafka(Path logDir) throws IOException {
        int port = freePort();
        int controllerPort = freePort();
        properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        properties.setProperty(
                "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("offsets.topic.num.partitions", "2");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        format(logDir);
    }

    String bootstrap() {
        return properties.getProperty("advertised.listeners").substring("PLAINTEXT://".length());
    }

    void start() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        server.startup();
    }

    /** A clean shutdown, as on SIGTERM: the log directory stays. */
    void stop() {
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path file = logDir.resolveSibling(logDir.getFileName() + "-server.properties");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "RestartableKafka");
        }
        String[] args = {"format", "--cluster-id", Uuid.randomUuid().toString(), "--config", file.toString()};
        if (StorageTool.execute(args, System.out) != 0) {
            throw new IllegalStateException("kafka-storage format failed for " + logDir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
