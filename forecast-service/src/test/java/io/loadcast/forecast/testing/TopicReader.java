package io.loadcast.forecast.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads topics the service created itself (the test broker creates none, so {@code EmbeddedKafkaBroker}'s helpers,
 * which accept only its own topics, do not apply): every partition assigned, read from the consumer's reset position.
 */
public final class TopicReader {

    private TopicReader() {}

    public static void assignAll(Consumer<?, ?> consumer, String... topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
    }
}
