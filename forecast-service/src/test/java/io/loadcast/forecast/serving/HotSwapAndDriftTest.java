package io.loadcast.forecast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.ModelEvent;
import io.loadcast.contracts.ModelEventType;
import io.loadcast.contracts.Reading;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import io.loadcast.forecast.testing.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hot swap on registry events over a real KRaft broker; drift events and retrain requests from live readings. */
class HotSwapAndDriftTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    String servedVersion(String seriesId) throws Exception {
        return Http.json(http.post(
                        "/api/v1/forecasts",
                        "{\"seriesId\":\"" + seriesId + "\",\"origin\":\"2024-01-21T00:00:00Z\",\"horizon\":4}",
                        false))
                .path("modelVersion")
                .asString();
    }

    void announce(String model, String version) {
        ModelEvent event = new ModelEvent(
                UUID.randomUUID(),
                Instant.now(),
                ModelEventType.ALIAS_MOVED,
                model,
                version,
                "champion",
                null,
                null,
                "policy");
        kafka.send(new ProducerRecord<>(Topics.MODEL_EVENTS, model, JSON.writeValueAsBytes(event)));
    }

    @Test
    void swapsToTheAnnouncedChampionAndKeepsServingWhenAVersionFailsToLoad() throws Exception {
        ingest.put(SyntheticDemand.series("SWAP", START, 21, 4));
        String body = """
                {"seriesIds":["SWAP"],"from":"2024-01-01T00:00:00Z","to":"2024-01-22T00:00:00Z","model":"%s",
                 "hyperparameters":{"backtestWeeks":"1"}}""";
        JsonNode first = http.train(body.formatted("seasonal-naive"));
        registry.setAlias(
                "forecast-swap", "champion", first.path("modelVersion").asString());
        JsonNode second = http.train(body.formatted("linear"));
        assertThat(servedVersion("SWAP")).isEqualTo("1");

        announce("forecast-swap", second.path("modelVersion").asString());

        assertThat(Http.await(
                        Duration.ofSeconds(30),
                        () -> call(() -> servedVersion("SWAP")).equals("2")))
                .isTrue();

        String broken = registry.registerRaw("forecast-swap", "definitely not a model".getBytes());
        announce("forecast-swap", broken);
        announce("forecast-swap", "99");
        Thread.sleep(3000);
        assertThat(servedVersion("SWAP")).isEqualTo("2");
        assertThat(http.get("/actuator/prometheus").body())
                .contains("loadcast_forecast_model_swaps_total{application=\"loadcast.forecast\",outcome=\"failed\"}");
    }

    /**
     * Issue 16: a model serves the series and live readings arrive; a backfill of old readings, a level higher, raises
     * no drift event (it is history, not live), while a real level shift makes the served forecasts' residuals drift
     * from the model's own backtest residuals: a drift event on the residual feature naming the serving version, and a
     * retrain request.
     */
    @Test
    void aBackfillRaisesNoDriftWhileALevelShiftInTheResidualsDoes() throws Exception {
        // a steady series (no slow level cycle, which would make a linear model's live error really grow): 28 days
        // of history, then 8 ordinary live days (the drift window is a week of residuals, which lag the readings by
        // the day-ahead lead), then 2 days that the test scales up
        HalfHourlySeries all = SyntheticDemand.steady("RESID", START, 38, 6);
        int day = HalfHourlySeries.STEPS_PER_DAY;
        HalfHourlySeries history = all.slice(0, 28 * day);
        ingest.put(history);
        JsonNode trained = http.train("""
                {"seriesIds":["RESID"],"from":"2024-01-01T00:00:00Z","to":"2024-01-29T00:00:00Z","model":"linear",
                 "hyperparameters":{"backtestWeeks":"2"}}""");
        String version = trained.path("modelVersion").asString();
        registry.setAlias("forecast-resid", "champion", version);
        Consumer<String, byte[]> consumer = consumer();
        TopicReader.assignAll(consumer, Topics.DRIFT, Topics.RETRAIN_REQUESTS);
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

        // eight ordinary days go live: forecasts are served, their day-ahead residuals look like the backtest's
        send(all.slice(28 * day, 36 * day), 1.0);
        awaitReport("RESID", r -> r.path("liveResiduals").asInt() >= 7 * day);
        // a backfill of the last five historical days, half as large again: history, not live
        double backfilledBefore = backfills();
        send(history.slice(history.size() - 5 * day, history.size()), 1.5);
        assertThat(Http.await(Duration.ofSeconds(30), () -> backfills() >= backfilledBefore + 5 * day))
                .isTrue();
        Thread.sleep(2000);
        KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(seen::add);
        assertThat(seen.stream()
                        .filter(r -> "RESID".equals(r.key()))
                        .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)))
                .as("drift events and retrain requests of RESID before the level shift")
                .isEmpty();
        JsonNode calm = Http.json(http.get("/api/v1/drift/RESID"));
        assertThat(calm.path("modelVersion").asString()).isEqualTo(version);
        assertThat(calm.path("residualReferenceSize").asInt()).isGreaterThan(0);
        assertThat(calm.path("statistics"))
                .as("report %s", calm)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.path("drifted").asBoolean()).isFalse());

        // then demand really shifts: the next two days half as large again
        send(all.slice(36 * day, 38 * day), 1.5);
        Http.await(Duration.ofSeconds(60), () -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(seen::add);
            return seen.stream().anyMatch(r -> r.topic().equals(Topics.RETRAIN_REQUESTS) && "RESID".equals(r.key()));
        });
        consumer.close();
        JsonNode drift = seen.stream()
                .filter(r -> r.topic().equals(Topics.DRIFT) && "RESID".equals(r.key()))
                .map(r -> JSON.readTree(r.value()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no drift event among " + seen.size()));
        assertThat(drift.path("feature").asString()).isEqualTo("residual");
        assertThat(drift.path("modelName").asString()).isEqualTo("forecast-resid");
        assertThat(drift.path("modelVersion").asString()).isEqualTo(version);
        assertThat(drift.path("score").asDouble())
                .isGreaterThan(drift.path("threshold").asDouble());
        JsonNode retrain = seen.stream()
                .filter(r -> r.topic().equals(Topics.RETRAIN_REQUESTS) && "RESID".equals(r.key()))
                .map(r -> JSON.readTree(r.value()))
                .findFirst()
                .orElseThrow();
        assertThat(retrain.path("reason").asString()).isEqualTo("DRIFT");
        assertThat(retrain.path("requestedBy").asString()).isEqualTo("drift-policy");
        JsonNode report = Http.json(http.get("/api/v1/drift/RESID"));
        // no readings a year earlier: inputs are not judged against a training mean
        assertThat(report.path("reference").asString()).isEqualTo("none");
        assertThat(report.path("statistics"))
                .allSatisfy(s -> assertThat(s.path("feature").asString()).isEqualTo("RESIDUAL"))
                .anySatisfy(s -> assertThat(s.path("drifted").asBoolean()).isTrue());
    }

    private void send(HalfHourlySeries readings, double scale) {
        for (int i = 0; i < readings.size(); i++) {
            Reading r = new Reading(
                    UUID.randomUUID(),
                    Instant.now(),
                    readings.seriesId(),
                    readings.timeAt(i),
                    readings.values()[i] * scale,
                    "MW",
                    "test",
                    0);
            kafka.send(new ProducerRecord<>(Topics.READINGS, readings.seriesId(), JSON.writeValueAsBytes(r)));
        }
    }

    private void awaitReport(String seriesId, java.util.function.Predicate<JsonNode> condition) throws Exception {
        assertThat(Http.await(Duration.ofSeconds(60), () -> {
                    try {
                        return condition.test(Http.json(http.get("/api/v1/drift/" + seriesId)));
                    } catch (Exception | AssertionError e) {
                        return false;
                    }
                }))
                .as("drift report of %s", seriesId)
                .isTrue();
    }

    private double backfills() {
        String metrics = call(() -> http.get("/actuator/prometheus").body());
        for (String line : metrics.split("\n")) {
            if (line.startsWith("loadcast_forecast_drift_readings_total{") && line.contains("kind=\"backfill\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    @Test
    void retrainingNeedsAKeyAndPublishesTheRequest() throws Exception {
        Consumer<String, byte[]> consumer = consumer();
        TopicReader.assignAll(consumer, Topics.RETRAIN_REQUESTS);
        String body = "{\"seriesIds\":[\"CI-SERIES\"],\"model\":\"linear\",\"reason\":\"CI\"}";

        assertThat(http.post("/api/v1/retraining", body, false).statusCode()).isEqualTo(401);
        assertThat(http.post("/api/v1/retraining", "{\"seriesIds\":[\"X\"],\"model\":\"prophet\"}", true)
                        .statusCode())
                .isEqualTo(400);
        var accepted = http.post("/api/v1/retraining", body, true);

        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = Http.json(accepted).path("requestId").asString();
        // the run it started can be followed at Location, and the trainer does not start the request twice
        assertThat(Http.json(accepted).path("runId").asString()).isEqualTo(id);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/training-runs/" + id);
        assertThat(Http.await(
                        Duration.ofSeconds(30),
                        () -> call(() -> Http.json(http.get("/api/v1/training-runs/" + id)))
                                .path("status")
                                .asString()
                                .equals("FAILED")))
                .as("CI-SERIES does not exist in ingest, so its run fails")
                .isTrue();
        List<JsonNode> requests = new ArrayList<>();
        Http.await(Duration.ofSeconds(20), () -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))
                    .forEach(r -> requests.add(JSON.readTree(r.value())));
            return requests.stream().anyMatch(r -> r.path("eventId").asString().equals(id));
        });
        consumer.close();
        Thread.sleep(1000);
        JsonNode runs = Http.json(http.get("/api/v1/training-runs?seriesId=CI-SERIES"));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).path("error").asString()).isNotBlank();
        assertThat(requests).anySatisfy(r -> {
            assertThat(r.path("eventId").asString()).isEqualTo(id);
            assertThat(r.path("requestedBy").asString()).isNotBlank();
            assertThat(r.path("seriesIds").get(0).asString()).isEqualTo("CI-SERIES");
        });
    }

    Consumer<String, byte[]> consumer() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        return new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
    }

    interface Call<T> {
        T get() throws Exception;
    }

    static <T> T call(Call<T> call) {
        try {
            return call.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
