package io.loadcast.forecast.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.contracts.ModelEvent;
import io.loadcast.contracts.ModelEventType;
import io.loadcast.contracts.Topics;
import io.loadcast.forecast.serving.ServingModels;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Without a binding, a model that would take over a series (by the naming rule) is first backtested with the model
 * serving it on the same recent window; it takes over only when better, and then a binding makes it explicit.
 */
class TakeoverTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final String ORIGIN = "2024-01-28T00:00:00Z";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    ServingModels models;

    @Test
    void aWorseModelDoesNotTakeOverASeriesAndTheDecisionIsRecorded() throws Exception {
        BindingCalls calls = new BindingCalls(http);
        ingest.put(SyntheticDemand.series("TKO", START, 28, 12));
        train("TKO", "linear", "tko-shared");
        assertThat(calls.servedBy("TKO", ORIGIN)).isEqualTo("tko-shared@1");

        // the series' own model, seasonal-naive: the naming rule would prefer it
        train("TKO", "seasonal-naive", "forecast-tko");
        makeChampion("forecast-tko", "1");

        assertThat(calls.servedBy("TKO", ORIGIN)).isEqualTo("tko-shared@1");
        JsonNode decision = onlyDecision("TKO");
        assertThat(decision.path("outcome").asString()).isEqualTo("KEPT");
        assertThat(decision.path("challengerModel").asString()).isEqualTo("forecast-tko");
        assertThat(decision.path("incumbentModel").asString()).isEqualTo("tko-shared");
        assertThat(decision.path("metric").asString()).isEqualTo("mape");
        assertThat(decision.path("challengerError").asDouble())
                .isGreaterThan(decision.path("incumbentError").asDouble());
        assertThat(decision.path("windowTo").asString()).isEqualTo(ORIGIN);
        assertThat(http.get("/api/v1/serving-bindings/TKO").statusCode()).isEqualTo(404);
        JsonNode audit = Http.json(http.get("/api/v1/serving-audit?seriesId=TKO"));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("action").asString()).isEqualTo("TAKEOVER_REJECTED");
        assertThat(audit.get(0).path("actor").asString()).isEqualTo(ServingBindings.TAKEOVER_ACTOR);
        // decided once: later requests reuse the decision
        assertThat(calls.servedBy("TKO", "2024-01-27T00:00:00Z")).isEqualTo("tko-shared@1");
        assertThat(Http.json(http.get("/api/v1/serving-takeovers?seriesId=TKO")))
                .hasSize(1);
    }

    @Test
    void aBetterModelTakesOverASeriesAndABindingMakesItExplicit() throws Exception {
        BindingCalls calls = new BindingCalls(http);
        ingest.put(SyntheticDemand.series("TKT", START, 28, 13));
        train("TKT", "seasonal-naive", "tkt-naive");
        makeChampion("tkt-naive", "1");
        assertThat(calls.servedBy("TKT", ORIGIN)).isEqualTo("tkt-naive@1");

        train("TKT", "linear", "forecast-tkt");

        assertThat(calls.servedBy("TKT", ORIGIN)).isEqualTo("forecast-tkt@1");
        JsonNode decision = onlyDecision("TKT");
        assertThat(decision.path("outcome").asString()).isEqualTo("TOOK_OVER");
        assertThat(decision.path("challengerError").asDouble())
                .isLessThan(decision.path("incumbentError").asDouble());
        JsonNode binding = Http.json(http.get("/api/v1/serving-bindings/TKT"));
        assertThat(binding.path("modelName").asString()).isEqualTo("forecast-tkt");
        assertThat(binding.path("setBy").asString()).isEqualTo(ServingBindings.TAKEOVER_ACTOR);
        assertThat(binding.path("reason").asString()).contains("takes over");
        JsonNode audit = Http.json(http.get("/api/v1/serving-audit?seriesId=TKT"));
        assertThat(audit.get(0).path("action").asString()).isEqualTo("TAKEOVER_ACCEPTED");
        assertThat(audit.get(0).path("after").path("incumbentModel").asString()).isEqualTo("tkt-naive");
        assertThat(http.get("/actuator/prometheus").body())
                .containsPattern(
                        "loadcast_forecast_takeovers_total\\{application=\"loadcast.forecast\",outcome=\"took_over\"} [1-9]");
    }

    @Test
    void aComparisonThatCouldNotBeMadeIsMadeAgainLater() throws Exception {
        BindingCalls calls = new BindingCalls(http);
        ingest.put(SyntheticDemand.series("TKN", START, 28, 14));
        train("TKN", "seasonal-naive", "tkn-naive");
        makeChampion("tkn-naive", "1");
        assertThat(calls.servedBy("TKN", ORIGIN)).isEqualTo("tkn-naive@1");
        train("TKN", "linear", "forecast-tkn");

        // nine days before this origin: too little history for a two-week window, so the serving model stays
        http.post(
                "/api/v1/forecasts", "{\"seriesId\":\"TKN\",\"origin\":\"2024-01-10T00:00:00Z\",\"horizon\":4}", false);
        JsonNode first = onlyDecision("TKN");
        assertThat(first.path("outcome").asString()).isEqualTo("NOT_MEASURED");
        assertThat(first.path("reason").asString()).contains("not compared");

        Thread.sleep(1500);
        assertThat(calls.servedBy("TKN", ORIGIN)).isEqualTo("forecast-tkn@1");
        JsonNode again = onlyDecision("TKN");
        assertThat(again.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(again.path("outcome").asString()).isEqualTo("TOOK_OVER");
        assertThat(Http.json(http.get("/api/v1/serving-bindings/TKN"))
                        .path("modelName")
                        .asString())
                .isEqualTo("forecast-tkn");
    }

    private JsonNode onlyDecision(String series) throws Exception {
        JsonNode decisions = Http.json(http.get("/api/v1/serving-takeovers?seriesId=" + series));
        assertThat(decisions).hasSize(1);
        return decisions.get(0);
    }

    /**
     * The registry's policy rejected this first version (seasonal-naive does not beat itself); an operator overrides
     * it, and registry-service announces the alias move.
     */
    private void makeChampion(String model, String version) throws Exception {
        assertThat(registry.alias(model, "champion")).isNull();
        registry.setAlias(model, "champion", version);
        ModelEvent event = new ModelEvent(
                UUID.randomUUID(),
                Instant.now(),
                ModelEventType.ALIAS_MOVED,
                model,
                version,
                "champion",
                null,
                null,
                "operator");
        kafka.send(new ProducerRecord<>(Topics.MODEL_EVENTS, model, JSON.writeValueAsBytes(event)));
        assertThat(Http.await(
                        Duration.ofSeconds(30), () -> models.champion(model).isPresent()))
                .isTrue();
    }

    private void train(String series, String family, String modelName) throws Exception {
        registry.judgeFirstVersions(modelName);
        JsonNode run = http.train("""
                {"seriesIds":["%s"],"from":"2024-01-01T00:00:00Z","to":"2024-01-29T00:00:00Z","model":"%s",
                 "modelName":"%s","hyperparameters":{"backtestWeeks":"1"}}""".formatted(series, family, modelName));
        assertThat(run.path("status").asString()).as("run %s", run).isEqualTo("SUCCEEDED");
    }
}
