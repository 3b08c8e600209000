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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
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

/**
 * The first version becomes champion by the registry's policy; a canary gets its share of requests,
 * deterministically; live errors go to the registry's canary watch; the latest forecast of a series is published
 * after each new half-hour; the dashboards' gauges follow what is served.
 */
class CanaryAndPublicationTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ServingModels models;

    @Test
    void firstVersionBecomesChampionByPolicyAndACanaryGetsItsShareDeterministically() throws Exception {
        ingest.put(SyntheticDemand.series("CAN", START, 21, 21));
        String body = """
                {"seriesIds":["CAN"],"from":"2024-03-04T00:00:00Z","to":"2024-03-25T00:00:00Z","model":"%s",
                 "hyperparameters":{"backtestWeeks":"1"}}""";
        JsonNode first = http.train(body.formatted("seasonal-naive"));
        JsonNode second = http.train(body.formatted("linear"));

        // forecast-service gave the new model the configured policy and asked for promotion: v1 is champion
        assertThat(registry.policy("forecast-can").path("metricKey").asString()).isEqualTo("mape");
        assertThat(registry.alias("forecast-can", "champion"))
                .isEqualTo(first.path("modelVersion").asString());
        JsonNode champion = Http.json(http.get("/api/v1/models/forecast-can/champion"));
        assertThat(champion.path("version").asString()).isEqualTo("1");
        assertThat(champion.path("family").asString()).isEqualTo("seasonal-naive");
        assertThat(registry.run(second.path("registryRunId").asString()).tags())
                .containsKeys("loadcast.dataset_id", "mlflow.source.git.commit")
                .containsEntry(
                        "loadcast.dataset_hash",
                        registry.run(second.path("registryRunId").asString())
                                .params()
                                .get("dataset_hash"));

        send(Topics.MODEL_EVENTS, "forecast-can", canaryEvent("forecast-can", "2", 0.25));
        assertThat(Http.await(
                        Duration.ofSeconds(30),
                        () -> prometheus()
                                .contains("loadcast_forecast_canary_share{application=\"loadcast.forecast\","
                                        + "model=\"forecast-can\"} 0.25")))
                .isTrue();
        assertThat(prometheus())
                .contains("loadcast_forecast_model_serving{application=\"loadcast.forecast\",model=\"forecast-can\","
                        + "role=\"canary\",version=\"2\"} 1.0")
                .contains("loadcast_forecast_model_serving{application=\"loadcast.forecast\",model=\"forecast-can\","
                        + "role=\"champion\",version=\"1\"} 1.0")
                .containsPattern("loadcast_forecast_backtest_error\\{application=\"loadcast.forecast\","
                        + "model=\"forecast-can\"} [0-9.E]+")
                // the trained series has a drift reference, so its drift gauges exist before any live reading
                .contains("loadcast_forecast_drift_score{application=\"loadcast.forecast\",feature=\"residual\","
                        + "series=\"CAN\",statistic=\"KS\"}")
                .contains("loadcast_forecast_drift_score{application=\"loadcast.forecast\",feature=\"value\","
                        + "series=\"CAN\",statistic=\"WASSERSTEIN\"}");
        assertThat(gauge("loadcast_forecast_backtest_error{application=\"loadcast.forecast\",model=\"forecast-can\"}"))
                .isCloseTo(first.at("/backtest/mae").asDouble(), org.assertj.core.data.Percentage.withPercentage(0.01));

        Map<Instant, String> versions = new HashMap<>();
        Instant origin0 = START.plus(Duration.ofDays(8));
        for (int i = 0; i < 400; i++) {
            Instant origin = origin0.plus(HalfHourlySeries.STEP.multipliedBy(i));
            versions.put(origin, servedVersion(origin));
        }
        long toCanary = versions.values().stream().filter("2"::equals).count();
        assertThat(toCanary).as("requests sent to the canary of 400").isBetween(70L, 130L);
        for (int i = 0; i < 400; i += 20) {
            Instant origin = origin0.plus(HalfHourlySeries.STEP.multipliedBy(i));
            assertThat(servedVersion(origin)).as("same question, same version").isEqualTo(versions.get(origin));
        }
    }

    @Test
    void publishesTheLatestForecastAfterEachNewHalfHourAndReportsLiveErrorsWhileACanaryRuns() throws Exception {
        HalfHourlySeries history = SyntheticDemand.series("PUB", START, 21, 22);
        ingest.put(history);
        String body = """
                {"seriesIds":["PUB"],"from":"2024-03-04T00:00:00Z","to":"2024-03-25T00:00:00Z","model":"%s",
                 "hyperparameters":{"backtestWeeks":"1"}}""";
        http.train(body.formatted("linear"));
        http.train(body.formatted("seasonal-naive"));
        send(Topics.MODEL_EVENTS, "forecast-pub", canaryEvent("forecast-pub", "2", 0.5));
        assertThat(Http.await(
                        Duration.ofSeconds(30),
                        () -> prometheus().contains("model=\"forecast-pub\",role=\"canary\",version=\"2\"} 1.0")))
                .isTrue();
        Consumer<String, byte[]> consumer = consumer();
        TopicReader.assignAll(consumer, Topics.FORECASTS);

        HalfHourlySeries next = SyntheticDemand.series("PUB", history.end(), 1, 23);
        for (int i = 0; i < 4; i++) {
            ingest.put("PUB", next.timeAt(i), next.values()[i]);
            send(Topics.READINGS, "PUB", reading(next.timeAt(i), next.values()[i]));
        }

        List<JsonNode> issued = new ArrayList<>();
        Http.await(Duration.ofSeconds(30), () -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))
                    .forEach(r -> issued.add(JSON.readTree(r.value())));
            return issued.stream()
                            .filter(f -> f.path("seriesId").asString().equals("PUB"))
                            .count()
                    >= 4;
        });
        consumer.close();
        List<String> origins = issued.stream()
                .filter(f -> f.path("seriesId").asString().equals("PUB"))
                .map(f -> f.path("origin").asString())
                .toList();
        assertThat(origins)
                .containsExactly(
                        next.timeAt(1).toString(),
                        next.timeAt(2).toString(),
                        next.timeAt(3).toString(),
                        next.timeAt(4).toString());
        assertThat(issued.get(0).path("points")).hasSize(96);
        // each reading after the first was forecast by the previous one: three live errors for the canary watch
        assertThat(Http.await(
                        Duration.ofSeconds(10),
                        () -> registry.liveErrors().stream()
                                        .filter(e -> e.startsWith("forecast-pub "))
                                        .count()
                                == 3))
                .isTrue();
        assertThat(registry.liveErrors())
                .filteredOn(e -> e.startsWith("forecast-pub "))
                .allSatisfy(e -> assertThat(e.split(" ")[1]).isIn("1", "2"));
    }

    @Test
    void servesTheChampionsOfModelsRegisteredUnderAnyName() throws Exception {
        ingest.put(SyntheticDemand.series("EDGE", START, 21, 24));
        http.train("""
                {"seriesIds":["EDGE"],"from":"2024-03-04T00:00:00Z","to":"2024-03-25T00:00:00Z","model":"linear",
                 "hyperparameters":{"backtestWeeks":"1"}}""");
        // another trainer registered the same model as "edge-linear" and made it champion there
        String version = registry.registerRaw("edge-linear", registry.artifactOf("forecast-edge", "1"));
        registry.setAlias("edge-linear", "champion", version);

        assertThat(models.champion("edge-linear")).isEmpty();
        assertThat(models.loadChampions()).as("champions newly served").isGreaterThanOrEqualTo(1);
        assertThat(models.champion("edge-linear"))
                .hasValueSatisfying(m -> assertThat(m.version()).isEqualTo(version));
    }

    String servedVersion(Instant origin) throws Exception {
        var response = http.post(
                "/api/v1/forecasts", "{\"seriesId\":\"CAN\",\"origin\":\"" + origin + "\",\"horizon\":1}", false);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).path("modelVersion").asString();
    }

    double gauge(String series) {
        return prometheus()
                .lines()
                .filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + series));
    }

    String prometheus() {
        try {
            return http.get("/actuator/prometheus").body();
        } catch (Exception e) {
            return "";
        }
    }

    static ModelEvent canaryEvent(String model, String version, double share) {
        return new ModelEvent(
                UUID.randomUUID(),
                Instant.now(),
                ModelEventType.CANARY_CHANGED,
                model,
                version,
                null,
                null,
                share,
                "test");
    }

    static Reading reading(Instant timestamp, double value) {
        return new Reading(UUID.randomUUID(), Instant.now(), "PUB", timestamp, value, "MW", "test", 0);
    }

    void send(String topic, String key, Object event) {
        kafka.send(new ProducerRecord<>(topic, key, JSON.writeValueAsBytes(event)));
    }

    Consumer<String, byte[]> consumer() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        return new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
    }
}
