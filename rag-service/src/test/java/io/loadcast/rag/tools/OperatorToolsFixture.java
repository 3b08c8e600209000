package io.loadcast.rag.tools;

import io.loadcast.rag.http.ResilientHttp;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/** Operator tools wired to given service URLs, for tests outside this package. */
public final class OperatorToolsFixture {

    private OperatorToolsFixture() {}

    /** Tools whose services are the given stand-ins. */
    public static OperatorTools at(String forecastUrl, String ingestUrl, String registryUrl, Clock clock) {
        Failures failures = new Failures(JsonMapper.builder().build());
        ResilientHttp forecast = http("forecast-service", forecastUrl);
        SeriesFacts series = new SeriesFacts(http("ingest-service", ingestUrl), failures);
        return new OperatorTools(
                new ForecastClient(forecast, series, failures, 48, clock),
                new ModelFacts(forecast, http("registry-service", registryUrl), failures),
                series,
                "GB-ND",
                clock);
    }

    /** Tools whose services are not reachable: for tests of tool choice only. */
    public static OperatorTools offline() {
        return at("http://127.0.0.1:9", "http://127.0.0.1:9", "http://127.0.0.1:9", Clock.systemUTC());
    }

    private static ResilientHttp http(String service, String url) {
        return new ResilientHttp(service, URI.create(url), null, Duration.ofSeconds(5), 0);
    }
}
