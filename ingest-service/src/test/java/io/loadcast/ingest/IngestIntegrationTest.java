package io.loadcast.ingest;

import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
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
 * The one Spring context of the module's integration tests (cached between classes): the whole service on a random
 * port with a real KRaft broker and a real PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loadcast.security.local-key=" + IngestIntegrationTest.API_KEY,
            "loadcast.ingest.kafka.partitions=2",
            "loadcast.ingest.kafka.retry-max=PT1S",
            "loadcast.ingest.kafka.publish-timeout=PT10S",
            "loadcast.ingest.kafka.give-up-after=PT20S",
            "loadcast.ingest.kafka.stall-after=PT3S",
            "spring.kafka.producer.properties.delivery.timeout.ms=5000",
            "spring.kafka.producer.properties.request.timeout.ms=4000"
        })
@EmbeddedKafka(partitions = 2, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import(IngestIntegrationTest.Database.class)
public @interface IngestIntegrationTest {

    String API_KEY = "test-key-0123456789";

    @TestConfiguration(proxyBeanMethods = false)
    class Database {
        @Bean
        DynamicPropertyRegistrar ingestDatabase() {
            return registry -> EmbeddedPostgresDatabase.register(registry, "ingest");
        }
    }
}
