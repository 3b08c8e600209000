package io.loadcast.rag.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.loadcast.rag.RagProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptVariantsTest {

    private final PromptVariants variants = new PromptVariants(new RagProperties.Experiment(
            "exp",
            List.of(
                    new RagProperties.Variant("control", "v1", 0.5, 3),
                    new RagProperties.Variant("concise", "v1", 0.3, 1),
                    new RagProperties.Variant("detailed", "v1", 0.2, 5))));

    @Test
    void assignsSessionsInTheConfiguredSharesAndAlwaysTheSameVariantToASession() {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String variant = variants.assign("session-" + i, null).name();
            counts.merge(variant, 1, Integer::sum);
            assertThat(variants.assign("session-" + i, null).name()).isEqualTo(variant);
        }

        assertThat(counts.get("control") / 20_000.0).isCloseTo(0.5, within(0.02));
        assertThat(counts.get("concise") / 20_000.0).isCloseTo(0.3, within(0.02));
        assertThat(counts.get("detailed") / 20_000.0).isCloseTo(0.2, within(0.02));
    }

    @Test
    void loadsTheVersionedTemplates() {
        assertThat(variants.all())
                .allSatisfy(
                        v -> assertThat(v.template()).contains("{{question}}").contains("{{contexts}}"));
        assertThat(variants.assign(null, "concise").id()).isEqualTo("concise.v1");
    }
}
