package io.loadcast.forecast.recent.messaging;

import io.loadcast.contracts.Reading;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.recent.RecentReadings;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every validated reading into this replica's recent window. The group is this replica's own
 * ({@code forecast-service-recent-<replica-id>}): in the group the replicas share, each would see only the series of
 * its own partitions, and a forecast served by another replica would read a stale window.
 */
@Component
class RecentWindowListener {

    private static final Logger log = LoggerFactory.getLogger(RecentWindowListener.class);

    private final RecentReadings recent;
    private final JsonMapper json;

    RecentWindowListener(RecentReadings recent, JsonMapper json) {
        this.recent = recent;
        this.json = json;
    }

    @KafkaListener(
            id = "readings-recent-window",
            topics = "${loadcast.forecast.topics.readings:" + Topics.READINGS + "}",
            groupId = "forecast-service-recent-${loadcast.forecast.recent.replica-id:local}")
    void onReading(ConsumerRecord<String, byte[]> record) {
        Reading reading;
        try {
            reading = json.readValue(record.value(), Reading.class);
        } catch (RuntimeException e) {
            // counted by the shared group's listener, which reads the same record
            log.debug("unreadable reading at offset {}: {}", record.offset(), e.getMessage());
            return;
        }
        recent.record(reading);
    }
}
