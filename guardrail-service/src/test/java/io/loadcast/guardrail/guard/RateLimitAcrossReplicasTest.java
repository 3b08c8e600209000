package io.loadcast.guardrail.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.guardrail.GuardrailApplication;
import io.loadcast.guardrail.GuardrailSpringTest;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service (this test's context and a second one on the same database, as two replicas behind a
 * proxy) share each key's token bucket: a key allowed one request per second that spends it on one instance is
 * refused by the other.
 */
@GuardrailSpringTest
class RateLimitAcrossReplicasTest {

    private static final Map<String, String> TEXT = Map.of("text", "hello");

    @LocalServerPort
    int port;

    ConfigurableApplicationContext second;

    @AfterEach
    void stopSecond() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aKeysLimitHoldsAcrossTwoInstances() throws Exception {
        // as arguments: they must win over application.yml, which default properties would not
        second = new SpringApplicationBuilder(GuardrailApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl("guardrail"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--loadcast.security.api-keys[0].name=" + GuardrailSpringTest.PAIRED,
                        "--loadcast.security.api-keys[0].key=" + GuardrailSpringTest.PAIRED_KEY,
                        "--loadcast.security.api-keys[0].role=READ",
                        "--loadcast.guardrail.rate-limit.keys." + GuardrailSpringTest.PAIRED + "=1");
        GuardHttp first = new GuardHttp(port);
        GuardHttp other = new GuardHttp(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));

        // the bucket refills one token a second: only a pair of calls inside one second shows whether they share it
        for (int attempt = 0; attempt < 5; attempt++) {
            Thread.sleep(1_100);
            long start = System.nanoTime();
            HttpResponse<String> onFirst = first.post("/api/v1/pii/detect", GuardrailSpringTest.PAIRED_KEY, TEXT);
            HttpResponse<String> onOther = other.post("/api/v1/pii/detect", GuardrailSpringTest.PAIRED_KEY, TEXT);
            if (System.nanoTime() - start < 800_000_000L) {
                assertThat(onFirst.statusCode()).as(onFirst.body()).isEqualTo(200);
                assertThat(onOther.statusCode())
                        .as("the second instance spends the same bucket")
                        .isEqualTo(429);
                assertThat(onOther.headers().firstValue("Retry-After")).isPresent();
                return;
            }
        }
        throw new AssertionError("no pair of calls fitted in one second: the machine is too slow to tell");
    }
}
