package io.loadcast.e2e.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one topic's events of type {@code T}, on all partitions, without a consumer group (nothing committed, no
 * rebalance): either from the beginning or only what arrives after the watch was opened. Waiting polls until an
 * event matches or the timeout passes; the failure lists what did arrive.
 */
public final class TopicWatch<T> implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String topic;
    private final Class<T> type;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<T> seen = new ArrayList<>();
    private int unreadable;

    private TopicWatch(String bootstrap, String topic, Class<T> type, boolean fromBeginning) {
        this.topic = topic;
        this.type = type;
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // resolve the positions now: "from the end" means the end at this moment, not at the first poll
        partitions.forEach(partition -> consumer.position(partition, Duration.ofSeconds(30)));
    }

    /** Everything on the topic, including what was published before. */
    public static <T> TopicWatch<T> fromBeginning(String bootstrap, String topic, Class<T> type) {
        return new TopicWatch<>(bootstrap, topic, type, true);
    }

    /** Only events published from now on. */
    public static <T> TopicWatch<T> fromNow(String bootstrap, String topic, Class<T> type) {
        return new TopicWatch<>(bootstrap, topic, type, false);
    }

    /** The first event (seen earlier or arriving within {@code timeout}) that matches. */
    public T await(String what, Predicate<T> matches, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (T event : seen) {
                if (matches.test(event)) {
                    return event;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " on " + topic + " within " + timeout.toSeconds() + " s; "
                        + seen.size() + " events arrived (" + unreadable + " unreadable), the last: "
                        + seen.subList(Math.max(0, seen.size() - 3), seen.size()));
            }
            poll();
        }
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            try {
                seen.add(JSON.readValue(record.value(), type));
            } catch (RuntimeException e) {
                unreadable++;
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
