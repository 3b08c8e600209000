package io.loadcast.e2e.kafka;

import io.loadcast.contracts.RawReading;
import io.loadcast.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** An edge device: raw readings as JSON on {@code grid.readings.raw.v1}, keyed by series id, acknowledged by all. */
public final class ReadingProducer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer;

    public ReadingProducer(String bootstrap) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Sends the readings in order and waits until the broker has them all. */
    public void send(List<RawReading> readings) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (RawReading reading : readings) {
            sent.add(producer.send(
                    new ProducerRecord<>(Topics.READINGS_RAW, reading.kafkaKey(), JSON.writeValueAsBytes(reading))));
        }
        producer.flush();
        sent.forEach(ReadingProducer::acknowledged);
    }

    /** A record as a broken device might send it. */
    public void sendRaw(String key, String payload) {
        acknowledged(producer.send(
                new ProducerRecord<>(Topics.READINGS_RAW, key, payload.getBytes(StandardCharsets.UTF_8))));
    }

    private static void acknowledged(Future<RecordMetadata> send) {
        try {
            send.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge a reading", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending readings", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
