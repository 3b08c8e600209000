package io.loadcast.forecast.training.messaging;

import io.loadcast.contracts.RetrainRequested;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.training.TrainingPlans;
import io.loadcast.forecast.training.TrainingPriority;
import io.loadcast.forecast.training.TrainingRun;
import io.loadcast.forecast.training.TrainingRuns;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Queues a training run for each retrain request (one consumer group; queueing by the request's id is idempotent). */
@Component
class RetrainRequestsListener {

    private static final Logger log = LoggerFactory.getLogger(RetrainRequestsListener.class);

    private final TrainingPlans plans;
    private final TrainingRuns runs;
    private final JsonMapper json;
    private final MeterRegistry meters;

    RetrainRequestsListener(TrainingPlans plans, TrainingRuns runs, JsonMapper json, MeterRegistry meters) {
        this.plans = plans;
        this.runs = runs;
        this.json = json;
        this.meters = meters;
    }

    @KafkaListener(
            topics = "${loadcast.forecast.topics.retrain-requests:" + Topics.RETRAIN_REQUESTS + "}",
            groupId = "forecast-service-trainer")
    void onRequest(ConsumerRecord<String, byte[]> record) {
        try {
            RetrainRequested request = json.readValue(record.value(), RetrainRequested.class);
            if (runs.exists(request.eventId().toString())) {
                // POST /api/v1/retraining already queued this request's run
                return;
            }
            TrainingRun run = runs.submit(
                    plans.planRetrain(
                            request.seriesIds(),
                            request.datasetId(),
                            request.model(),
                            request.requestedBy(),
                            TrainingPriority.of(request.reason())),
                    request.eventId().toString());
            meters.counter(
                            "loadcast.forecast.retrain.started",
                            "reason",
                            request.reason().name())
                    .increment();
            log.info("retrain request {} ({}) started training run {}", request.eventId(), request.reason(), run.id());
        } catch (RuntimeException e) {
            meters.counter("loadcast.forecast.retrain.started", "reason", "rejected")
                    .increment();
            log.warn("retrain request at offset {} not started: {}", record.offset(), e.getMessage());
        }
    }
}
