package io.loadcast.forecast.testing;

import io.loadcast.contracts.Topics;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The one Spring context of the module's integration tests: the whole service on a random port with a real
 * KRaft broker, a real PostgreSQL (database {@code forecast}), and ingest-service and registry-service as HTTP stubs speaking their REST contracts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loadcast.security.local-key=" + ForecastIntegrationTest.API_KEY,
            // a key that may train but not change what serves (serving bindings need MANAGE)
            "loadcast.security.api-keys[0].name=editor",
            "loadcast.security.api-keys[0].key=" + ForecastIntegrationTest.EDIT_KEY,
            // a takeover comparison that could not be made is tried again a second later (TakeoverTest)
            "loadcast.forecast.bindings.retry-not-measured=PT1S",
            "loadcast.forecast.registry-api-key=" + ForecastIntegrationTest.REGISTRY_KEY,
            "loadcast.forecast.ingest-api-key=" + ForecastIntegrationTest.API_KEY,
            "spring.kafka.consumer.auto-offset-reset=earliest",
            // the tests replay 2024 as live readings: the wall-clock backfill rule is widened for them (the rule of
            // "far behind the newest reading of the series" still holds, and SeriesWatchTest covers both)
            "loadcast.forecast.drift.live-age=P3650D",
            // two workers, so the queue tests can show one run waiting behind, and one beside, a long run
            "loadcast.forecast.training.workers=2",
            "loadcast.forecast.training.heartbeat-interval=PT1S",
            "loadcast.forecast.training.stale-after=PT30S"
        })
@EmbeddedKafka(
        partitions = 1,
        // the topics other services produce; as on MSK, this service must create the ones it publishes to
        topics = {Topics.READINGS, Topics.MODEL_EVENTS},
        brokerProperties = "auto.create.topics.enable=false",
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(ForecastIntegrationTest.Stubs.class)
public @interface ForecastIntegrationTest {

    String API_KEY = "test-key-0123456789";

    /** A key with EDIT only. */
    String EDIT_KEY = "edit-key-0123456789";

    /** The key forecast-service sends to registry-service, and must send nowhere else. */
    String REGISTRY_KEY = "registry-key-0123456789";

    @TestConfiguration(proxyBeanMethods = false)
    class Stubs {

        @Bean(destroyMethod = "close")
        IngestStub ingestStub() throws IOException {
            return new IngestStub();
        }

        @Bean(destroyMethod = "close")
        RegistryStub registryStub() throws IOException {
            return new RegistryStub();
        }

        @Bean
        DynamicPropertyRegistrar stubUrls(IngestStub ingest, RegistryStub registry) {
            return properties -> {
                EmbeddedPostgresDatabase.register(properties, "forecast");
                properties.add(
                        "loadcast.forecast.ingest-url", () -> ingest.url().toString());
                properties.add(
                        "loadcast.forecast.registry-url", () -> registry.url().toString());
            };
        }
    }
}
