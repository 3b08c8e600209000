package io.loadcast.forecast.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.ForecastIntegrationTest;
import io.loadcast.forecast.testing.Http;
import io.loadcast.forecast.testing.RunningServiceTest;
import io.loadcast.forecast.testing.SyntheticDemand;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An operator binds a series to a model through the API (MANAGE key, audited, RFC 9457 problems for bad input). */
class ServingBindingsTest extends RunningServiceTest {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final String ORIGIN = "2024-01-28T00:00:00Z";

    @Test
    void anOperatorBindsASeriesToAPinnedVersionAndEveryChangeIsAudited() throws Exception {
        BindingCalls calls = new BindingCalls(http);
        ingest.put(SyntheticDemand.series("BIND", START, 28, 11));
        train("BIND", "linear", null);
        JsonNode other = train("BIND", "linear", "bind-pinned");
        String pinned = other.path("modelVersion").asString();
        assertThat(calls.servedBy("BIND", ORIGIN)).isEqualTo("forecast-bind@1");
        assertThat(http.get("/api/v1/serving-bindings/BIND").statusCode()).isEqualTo(404);
        assertProblem(http.get("/api/v1/serving-bindings/BIND"), 404, "no-serving-binding", "series");

        String body = "{\"modelName\":\"bind-pinned\",\"version\":\"" + pinned + "\",\"reason\":\"incident 42\"}";
        assertThat(calls.put("BIND", body, "").statusCode()).isEqualTo(401);
        HttpResponse<String> editor = calls.put("BIND", body, ForecastIntegrationTest.EDIT_KEY);
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(Http.json(editor).path("requiredRole").asString()).isEqualTo("MANAGE");

        HttpResponse<String> bound = calls.put("BIND", body, BindingCalls.manager());
        assertThat(bound.statusCode()).isEqualTo(200);
        assertThat(Http.json(bound).path("setBy").asString()).isEqualTo("local");
        assertThat(calls.servedBy("BIND", ORIGIN)).isEqualTo("bind-pinned@" + pinned);
        assertThat(Http.json(http.get("/api/v1/serving-bindings")))
                .anySatisfy(b -> assertThat(b.path("seriesId").asString()).isEqualTo("BIND"));

        assertThat(calls.delete("BIND", BindingCalls.manager()).statusCode()).isEqualTo(200);
        assertThat(calls.servedBy("BIND", ORIGIN)).isEqualTo("forecast-bind@1");
        assertProblem(calls.delete("BIND", BindingCalls.manager()), 404, "no-serving-binding", "series");

        JsonNode audit = Http.json(http.get("/api/v1/serving-audit?seriesId=BIND"));
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).path("action").asString()).isEqualTo("BINDING_DELETED");
        assertThat(audit.get(0).path("before").path("modelName").asString()).isEqualTo("bind-pinned");
        assertThat(audit.get(1).path("action").asString()).isEqualTo("BINDING_SET");
        assertThat(audit.get(1).path("actor").asString()).isEqualTo("local");
        assertThat(audit.get(1).path("after").path("reason").asString()).isEqualTo("incident 42");
    }

    @Test
    void badBindingsAreProblemsNamingTheField() throws Exception {
        BindingCalls calls = new BindingCalls(http);
        String key = BindingCalls.manager();
        assertProblem(
                calls.put("ANY", "{\"modelName\":\"no-such-model\",\"reason\":\"r\"}", key),
                400,
                "unknown-registered-model",
                "modelName");
        assertProblem(
                calls.put("bad%20id!", "{\"modelName\":\"no-such-model\",\"reason\":\"r\"}", key),
                400,
                "invalid-request",
                "series");
        assertProblem(
                calls.put("ANY", "{\"modelName\":\"m\",\"version\":\"1\",\"alias\":\"a\",\"reason\":\"r\"}", key),
                400,
                "invalid-request",
                "alias");
        HttpResponse<String> noReason = calls.put("ANY", "{\"modelName\":\"m\"}", key);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        registry.registerRaw("bind-raw", new byte[] {1});
        assertProblem(
                calls.put("ANY", "{\"modelName\":\"bind-raw\",\"version\":\"7\",\"reason\":\"r\"}", key),
                404,
                "unknown-model-version",
                "version");
        assertProblem(
                calls.put("ANY", "{\"modelName\":\"bind-raw\",\"alias\":\"nope\",\"reason\":\"r\"}", key),
                404,
                "unknown-model-version",
                "alias");
        assertProblem(http.get("/api/v1/serving-audit?limit=0"), 400, "limit-out-of-range", "limit");
        assertThat(Http.json(http.get("/api/v1/serving-audit?seriesId=ANY"))).isEmpty();
    }

    private JsonNode train(String series, String family, String modelName) throws Exception {
        registry.judgeFirstVersions(
                modelName == null ? "forecast-" + series.toLowerCase(java.util.Locale.ROOT) : modelName);
        JsonNode run = http.train(
                """
                {"seriesIds":["%s"],"from":"2024-01-01T00:00:00Z","to":"2024-01-29T00:00:00Z","model":"%s",%s
                 "hyperparameters":{"backtestWeeks":"1"}}""".formatted(series, family, modelName == null ? "" : "\"modelName\":\"" + modelName + "\","));
        assertThat(run.path("status").asString()).as("run %s", run).isEqualTo("SUCCEEDED");
        return run;
    }

    static void assertProblem(HttpResponse<String> response, int status, String slug, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = Http.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://loadcast.io/problems/" + slug);
        assertThat(problem.path("field").asString()).isEqualTo(field);
    }
}
