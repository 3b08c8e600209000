package io.loadcast.e2e.stack;

import io.loadcast.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the suite's topics before any service starts, as a deployment provisions them. Left to the services,
 * a consumer that subscribes first auto-creates a topic with one partition, ingest-service then grows it to
 * three, and a consumer with {@code auto.offset.reset=latest} may not see the new partitions for the five
 * minutes of its metadata refresh, missing the readings the journey sends there.
 */
final class TopicLayout {

    /** ingest-service's {@code loadcast.ingest.kafka.partitions} default. */
    private static final int READINGS_PARTITIONS = 3;

    private TopicLayout() {}

    static void create(String bootstrap) throws InterruptedException {
        List<NewTopic> topics = List.of(
                new NewTopic(Topics.READINGS_RAW, READINGS_PARTITIONS, (short) 1),
                new NewTopic(Topics.READINGS, READINGS_PARTITIONS, (short) 1),
                new NewTopic(Topics.READINGS_DLQ, READINGS_PARTITIONS, (short) 1),
                new NewTopic(Topics.FORECASTS, 1, (short) 1),
                new NewTopic(Topics.MODEL_EVENTS, 1, (short) 1),
                new NewTopic(Topics.DRIFT, 1, (short) 1),
                new NewTopic(Topics.RETRAIN_REQUESTS, 1, (short) 1));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the suite's topics", e);
        }
    }
}
