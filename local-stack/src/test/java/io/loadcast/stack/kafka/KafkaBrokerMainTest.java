package io.loadcast.stack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.stack.part.FreePort;
import io.loadcast.stack.part.HealthWait;
import io.loadcast.stack.part.JavaCommand;
import io.loadcast.stack.part.Part;
import io.loadcast.stack.part.PartKind;
import io.loadcast.stack.part.PartLauncher;
import io.loadcast.stack.part.RunDirectory;
import io.loadcast.stack.part.StartedPart;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerMainTest {

    private static final String TOPIC = "grid.readings.v1";

    @TempDir
    Path home;

    private final int port = FreePort.find();
    private final int controllerPort = FreePort.find();
    private final List<StartedPart> started = new ArrayList<>();

    @AfterEach
    void stopBroker() {
        started.forEach(part -> part.process().stopTree(Duration.ofSeconds(20)));
    }

    @Test
    void keepsRecordsAcrossARestartOnTheSameLogDirectory() throws Exception {
        StartedPart first = startBroker();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(TOPIC, "GB-ND", "{\"value\":123.4}"))
                    .get();
        }
        assertThat(readAll()).containsExactly("GB-ND={\"value\":123.4}");

        first.process().stopTree(Duration.ofSeconds(20));
        assertThat(first.process().isAlive()).isFalse();
        startBroker();

        assertThat(readAll()).containsExactly("GB-ND={\"value\":123.4}");
    }

    private StartedPart startBroker() throws Exception {
        Part broker = new Part(
                "kafka",
                PartKind.INFRA,
                port,
                JavaCommand.ownClasspath(
                        List.of("-Xmx256m"),
                        KafkaBrokerMain.class,
                        List.of(
                                Integer.toString(port),
                                Integer.toString(controllerPort),
                                home.resolve("kafka").toString())),
                Map.of(),
                new KafkaHealth(bootstrap()),
                Duration.ofSeconds(60),
                KafkaBrokerMain.class.getName());
        RunDirectory run = new RunDirectory(home.resolve("run"), home.resolve("logs"));
        StartedPart running = new PartLauncher(run, home).start(broker);
        started.add(running);
        new HealthWait(run, Duration.ofMillis(250)).awaitHealthy(List.of(running), part -> {});
        return running;
    }

    private List<String> readAll() {
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
        }
        return records;
    }

    private String bootstrap() {
        return "localhost:" + port;
    }
}
