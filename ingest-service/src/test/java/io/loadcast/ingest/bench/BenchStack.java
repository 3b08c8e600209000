package io.loadcast.ingest.bench;

import io.loadcast.contracts.Topics;
import io.loadcast.ingest.IngestApplication;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real KRaft broker, a real PostgreSQL and the service, in one JVM, for the benchmarks. */
final class BenchStack implements AutoCloseable {

    static final int PARTITIONS = 3;

    final EmbeddedKafkaKraftBroker kafka;
    final ConfigurableApplicationContext app;

    BenchStack(String database, String... extraTopics) {
        String[] topics = new String[extraTopics.length + 3];
        topics[0] = Topics.READINGS_RAW;
        topics[1] = Topics.READINGS;
        topics[2] = Topics.READINGS_DLQ;
        System.arraycopy(extraTopics, 0, topics, 3, extraTopics.length);
        kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS, topics);
        kafka.afterPropertiesSet();
        // zonky starts PostgreSQL with synchronous_commit=off, fine for tests; a throughput figure must include
        // the durable commit the store relies on (offsets are committed after it), so the sessions turn it on
        String jdbcUrl = EmbeddedPostgresDatabase.jdbcUrl(database) + "?options=-c%20synchronous_commit%3Don";
        // command-line arguments: they override application.yml, which points at the local stack
        app = new SpringApplicationBuilder(IngestApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--loadcast.ingest.kafka.partitions=" + PARTITIONS,
                        "--logging.level.org.apache.kafka=WARN",
                        "--logging.level.kafka=WARN",
                        "--logging.level.org.springframework.kafka=WARN");
    }

    String bootstrap() {
        return kafka.getBrokersAsString();
    }

    @Override
    public void close() {
        app.close();
        kafka.destroy();
    }

    /** Starts the stack or stops the JVM: a half-started broker must not keep a benchmark hanging. */
    static BenchStack start(String database, String... extraTopics) {
        try {
            return new BenchStack(database, extraTopics);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
            throw e;
        }
    }
}
