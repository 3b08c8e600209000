package io.loadcast.edge;

import io.loadcast.contracts.ModelEvent;
import io.loadcast.contracts.ModelEventType;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code ml.model-events.v1} with the device's own consumer group: when the champion alias of a followed
 * model moves (or a rollback names it), that version is fetched and swapped in. The current champions are read from
 * the registry at start (so the device serves even while the brokers are out of reach) and again once partitions are
 * assigned, so a move made before or while the consumer joined is not missed; events are
 * read from the latest offset on (the group's committed offset when it has one). An unreadable record is logged
 * and skipped.
 */
final class ModelEventFollower implements ChampionFollower {

    private static final Logger log = LoggerFactory.getLogger(ModelEventFollower.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Champions champions;
    private final EdgeConfig config;
    private final KafkaConsumer<String, byte[]> consumer;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    ModelEventFollower(Champions champions, EdgeConfig config, String bootstrapServers) {
        this.champions = champions;
        this.config = config;
        Properties properties = new Properties();
        properties.putAll(config.kafkaProperties());
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.consumerGroup());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.consumerGroup());
        this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "edge-model-events");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            // serve the current champions at once, even while the brokers are out of reach
            config.models().forEach(champions::refresh);
            consumer.subscribe(List.of(config.topic()), new FirstAssignment());
            while (running) {
                consumer.poll(Duration.ofMillis(500)).forEach(this::onRecord);
            }
        } catch (WakeupException e) {
            if (running) {
                log.error("model events consumer woken up while running; champions no longer followed", e);
            }
        } catch (RuntimeException e) {
            log.error("model events consumer stopped; champions no longer followed: {}", e.getMessage(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void onRecord(ConsumerRecord<String, byte[]> record) {
        ModelEvent event;
        try {
            event = JSON.readValue(record.value(), ModelEvent.class);
        } catch (RuntimeException e) {
            log.warn("unreadable model event at offset {}: {}", record.offset(), e.getMessage());
            return;
        }
        boolean champion = config.championAlias().equals(event.alias());
        boolean moved = event.type() == ModelEventType.ALIAS_MOVED || event.type() == ModelEventType.ROLLBACK;
        if (moved && champion && config.models().contains(event.modelName())) {
            try {
                champions.swapTo(event.modelName(), event.version());
            } catch (RuntimeException e) {
                log.warn("{} version {} not swapped: {}", event.modelName(), event.version(), e.getMessage());
            }
        }
    }

    /** Reads the current champions once the group has given this device its partitions. */
    private final class FirstAssignment implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (ready.getCount() > 0) {
                // fix the start offsets first, so an event sent after the champions are read is not skipped
                partitions.forEach(consumer::position);
                config.models().forEach(champions::refresh);
                ready.countDown();
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
    }

    @Override
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
