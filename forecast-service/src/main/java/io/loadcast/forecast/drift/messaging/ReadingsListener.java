package io.loadcast.forecast.drift.messaging;

import io.loadcast.contracts.Reading;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.drift.DriftMonitor;
import io.loadcast.forecast.recent.RecentReadings;
import io.loadcast.forecast.serving.LatestForecasts;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validated readings, in the consumer group all replicas share, for the work that must happen once per reading: live
 * error and drift (whose events and retrain requests must not be sent once per replica), then the next forecast of
 * the series is issued. The recent window of every replica is fed by its own group ({@code RecentWindowListener}); it
 * is also updated here first (the update is idempotent) so that the forecast issued below already sees this reading.
 */
@Component
class ReadingsListener {

    private static final Logger log = LoggerFactory.getLogger(ReadingsListener.class);

    private final DriftMonitor drift;
    private final LatestForecasts latest;
    private final RecentReadings recent;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final int horizon;

    ReadingsListener(
            DriftMonitor drift,
            LatestForecasts latest,
            RecentReadings recent,
            JsonMapper json,
            MeterRegistry meters,
            ForecastProperties properties) {
        this.drift = drift;
        this.latest = latest;
        this.recent = recent;
        this.json = json;
        this.meters = meters;
        this.horizon = properties.maxHorizon();
    }

    @KafkaListener(
            topics = "${loadcast.forecast.topics.readings:" + Topics.READINGS + "}",
            id = "readings-watch",
            groupId = "forecast-service-watch",
            // a replica in the training role neither watches readings nor publishes forecasts
            autoStartup = "#{'${loadcast.forecast.role:both}'.toLowerCase() != 'training'}")
    void onReading(ConsumerRecord<String, byte[]> record) {
        Reading reading;
        try {
            reading = json.readValue(record.value(), Reading.class);
        } catch (RuntimeException e) {
            meters.counter("loadcast.forecast.readings", "outcome", "unreadable")
                    .increment();
            log.warn("unreadable reading at offset {}: {}", record.offset(), e.getMessage());
            return;
        }
        meters.counter("loadcast.forecast.readings", "outcome", "read").increment();
        // the window first, so the forecast issued below already sees this reading
        recent.record(reading);
        drift.observe(reading.seriesId(), reading.timestamp(), reading.value());
        latest.onReading(reading.seriesId(), reading.timestamp(), horizon).ifPresent(drift::served);
    }
}
