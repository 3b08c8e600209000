package io.loadcast.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: what an edge device sends and what an operator reads. */
public final class TestKafka {

    private TestKafka() {}

    public static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    public static void send(String bootstrap, String topic, List<ProducerRecord<String, byte[]>> records)
            throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        }
    }

    public static ProducerRecord<String, byte[]> record(String topic, String key, String json) {
        return new ProducerRecord<>(topic, key, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads the topic from the beginning until {@code expected} records match, or the timeout passes. */
    public static List<ConsumerRecord<String, byte[]>> read(
            String bootstrap,
            String topic,
            Predicate<ConsumerRecord<String, byte[]>> filter,
            int expected,
            Duration timeout) {
        return readUntil(bootstrap, topic, filter, matched -> matched.size() >= expected, timeout);
    }

    /** The matching records from the start of {@code topic}, read until {@code enough} holds or {@code timeout}. */
    public static List<ConsumerRecord<String, byte[]>> readUntil(
            String bootstrap,
            String topic,
            Predicate<ConsumerRecord<String, byte[]>> filter,
            Predicate<List<ConsumerRecord<String, byte[]>>> enough,
            Duration timeout) {
        List<ConsumerRecord<String, byte[]>> matched = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!enough.test(matched) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        return matched;
    }

    /** The distinct reading timestamps of published reading events (a record published twice counts once). */
    public static Set<String> readingTimestamps(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8))
                .map(v -> v.replaceAll(".*\"timestamp\":\"([^\"]+)\".*", "$1"))
                .collect(Collectors.toSet());
    }
}
