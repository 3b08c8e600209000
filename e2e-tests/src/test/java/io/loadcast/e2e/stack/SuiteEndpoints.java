package io.loadcast.e2e.stack;

/**
 * What the journey needs of a running suite: each service's base URL, Kafka, the API key, and a way to tell that
 * forecast-service is still the same process. {@link Suite} starts one as child processes; {@link ExternalSuite}
 * points at one already running (the compose stack in CI).
 */
public interface SuiteEndpoints extends AutoCloseable {

    String baseUrl(SuiteService service);

    String kafkaBootstrap();

    String apiKey();

    /** Where forecast-service's own meters are read: one process, even behind a proxy of replicas. */
    String forecastMetricsUrl();

    /** An identity of that forecast-service process: equal values mean it neither restarted nor was replaced. */
    String forecastProcess();

    /** The last lines of each part's log, when the suite has them, for a failure report. */
    void printLogTails();

    @Override
    void close();
}
