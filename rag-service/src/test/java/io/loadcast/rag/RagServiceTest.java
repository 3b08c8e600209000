package io.loadcast.rag;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.starter.testing.ServiceContractTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

@RagSpringTest
class RagServiceTest extends ServiceContractTest {

    @Override
    protected String writePath() {
        return "/api/v1/documents";
    }

    @Override
    protected String metricTag() {
        return "loadcast.rag";
    }

    @Test
    void namesItselfInInfo() throws Exception {
        assertThat(JSON.readTree(get("/actuator/info").body())
                        .at("/build/artifact")
                        .asString())
                .isEqualTo("rag-service");
    }

    @Override
    protected Set<String> rateLimitGroups() {
        return Set.of("queries", "documents");
    }
}
