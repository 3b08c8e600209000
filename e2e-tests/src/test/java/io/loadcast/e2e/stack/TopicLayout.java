package io.loadcast.e2e.stack;

import io.loadcast.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics()).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the suite's topics", e);
        }
    }

    /** On a running stack: creates only the topics that do not exist yet (the services created the others). */
    static void createMissing(String bootstrap) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics().stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .toList();
            admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the missing topics", e);
        }
    }

    private static List<NewTopic> topics() {
        return List.of(
                new NewTopic(Topics.READINGS_RAW, READINGS_PARTITIONS, (short) 1),
                new NewTopic(Topics.READINGS, READINGS_PARTITIONS, (short) 1),
                new NewTopic(Topics.READINGS_DLQ, READINGS_PARTITIONS, (short) 1),
                new NewTopic(Topics.FORECASTS, 1, (short) 1),
                new NewTopic(Topics.MODEL_EVENTS, 1, (short) 1),
                new NewTopic(Topics.DRIFT, 1, (short) 1),
                new NewTopic(Topics.RETRAIN_REQUESTS, 1, (short) 1));
    }
}
