package io.loadcast.rag.tools;

import io.loadcast.rag.RagProperties;
import io.loadcast.rag.http.ResilientHttp;
import io.loadcast.rag.search.Embedder;
import java.net.URI;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ToolsConfiguration {

    @Bean
    OperatorTools operatorTools(RagProperties properties, JsonMapper json) {
        Failures failures = new Failures(json);
        Clock clock = Clock.systemUTC();
        ResilientHttp forecastHttp =
                http("forecast-service", properties.forecastUrl(), properties.forecastApiKey(), properties);
        SeriesFacts series = new SeriesFacts(
                http("ingest-service", properties.ingestUrl(), properties.ingestApiKey(), properties), failures);
        return new OperatorTools(
                new ForecastClient(
                        forecastHttp,
                        series,
                        failures,
                        properties.forecastTool().horizon(),
                        clock),
                new ModelFacts(
                        forecastHttp,
                        http("registry-service", properties.registryUrl(), properties.registryApiKey(), properties),
                        failures),
                series,
                properties.forecastTool().defaultSeries(),
                clock);
    }

    @Bean
    IntentRouter intentRouter(Embedder embedder, RagProperties properties) {
        return new IntentRouter(
                embedder,
                properties.tools().routerThreshold(),
                properties.tools().routerMargin());
    }

    private static ResilientHttp http(String service, URI url, @Nullable String key, RagProperties properties) {
        return new ResilientHttp(service, url, key, properties.toolTimeout(), properties.maxRetries());
    }
}
