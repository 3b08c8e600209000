package io.loadcast.guardrail;

import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring configuration of this module's integration tests (so the context, with its embedded PostgreSQL
 * and ONNX model, is built once): a random port, three API keys and a per-key policy.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loadcast.security.api-keys[0].name=rag-service",
            "loadcast.security.api-keys[0].key=" + GuardrailSpringTest.RAG_KEY,
            "loadcast.security.api-keys[0].role=READ",
            "loadcast.security.api-keys[1].name=strict",
            "loadcast.security.api-keys[1].key=" + GuardrailSpringTest.STRICT_KEY,
            "loadcast.security.api-keys[1].role=READ",
            "loadcast.security.api-keys[2].name=throttled",
            "loadcast.security.api-keys[2].key=" + GuardrailSpringTest.THROTTLED_KEY,
            "loadcast.security.api-keys[2].role=READ",
            "loadcast.security.api-keys[3].name=" + GuardrailSpringTest.PAIRED,
            "loadcast.security.api-keys[3].key=" + GuardrailSpringTest.PAIRED_KEY,
            "loadcast.security.api-keys[3].role=READ",
            "loadcast.guardrail.rate-limit.keys." + GuardrailSpringTest.PAIRED + "=1",
            "loadcast.guardrail.policies.strict.off-topic.action=BLOCK",
            "loadcast.guardrail.policies.strict.pii.action=BLOCK",
            "loadcast.guardrail.policies.strict.ungrounded.action=BLOCK",
            "loadcast.guardrail.rate-limit.keys.throttled=3",
            "loadcast.guardrail.max-text-length=100000"
        })
@ContextConfiguration(initializers = GuardrailSpringTest.Database.class)
public @interface GuardrailSpringTest {

    String RAG_KEY = "test-rag-key";
    String STRICT_KEY = "test-strict-key";
    String THROTTLED_KEY = "test-throttled-key";
    /** A key allowed one request per second, for the limit across two instances. */
    String PAIRED = "paired";

    String PAIRED_KEY = "test-paired-key";

    /** Points the data source at the shared embedded PostgreSQL's {@code guardrail} database. */
    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl("guardrail"),
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=postgres")
                    .applyTo(context);
        }
    }
}
