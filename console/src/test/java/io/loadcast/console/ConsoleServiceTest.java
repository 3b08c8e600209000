package io.loadcast.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.starter.testing.ServiceContractTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loadcast.console.forecast-url=https://forecast.grid.example/",
            "loadcast.console.refresh-seconds=15"
        })
class ConsoleServiceTest extends ServiceContractTest {

    @Override
    protected String writePath() {
        // the console has no write endpoint; the key filter refuses any write before routing
        return "/api/v1/console/settings";
    }

    @Override
    protected String metricTag() {
        return "loadcast.console";
    }

    @Test
    void givesThePageEachServiceUrlAndSwaggerUi() throws Exception {
        HttpResponse<String> response = get("/config.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode config = JSON.readTree(response.body());
        assertThat(config.at("/services/ingest/url").asString()).isEqualTo("http://localhost:8081");
        assertThat(config.at("/services/registry/swaggerUi").asString())
                .isEqualTo("http://localhost:8085/swagger-ui.html");
        assertThat(config.at("/services/forecast/url").asString()).isEqualTo("https://forecast.grid.example");
        assertThat(config.at("/services/guardrail/name").asString()).isEqualTo("guardrail-service");
        assertThat(config.path("refreshSeconds").asInt()).isEqualTo(15);
    }

    @Test
    void servesThePageAndItsModulesAsStaticFiles() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\">");
        for (String module : new String[] {"app", "api", "chart", "chat", "data", "dom", "drift", "model", "runs"}) {
            HttpResponse<String> js = get("/js/" + module + ".js");
            assertThat(js.statusCode()).as(module).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        }
    }

    @Test
    void namesItselfInInfo() throws Exception {
        assertThat(JSON.readTree(get("/actuator/info").body())
                        .at("/build/artifact")
                        .asString())
                .isEqualTo("console");
    }
}
