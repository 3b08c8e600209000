package io.loadcast.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.model.LinearSpec;
import io.loadcast.forecast.core.model.LstmSpec;
import io.loadcast.forecast.core.model.ModelFamily;
import io.loadcast.forecast.core.model.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queued runs carry their command as JSON (table {@code training_runs}): a spec is written with its family as the
 * type id, and a row queued by a release with the flat spec (every family's fields) still reads as its family's
 * record. The mapper is configured as Spring Boot's (unknown properties ignored).
 */
class QueuedSpecJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @ParameterizedTest
    @EnumSource(ModelFamily.class)
    void everyFamilysSpecRoundTrips(ModelFamily family) {
        TrainingSpec spec = TrainingSpec.defaults(family).withSeed(7);

        String json = JSON.writeValueAsString(spec);

        assertThat(json).contains("\"family\":\"" + family.slug() + "\"");
        assertThat(JSON.readValue(json, TrainingSpec.class)).isEqualTo(spec);
    }

    @Test
    void readsTheFlatSpecOfEarlierReleasesAsTheFamilysRecord() {
        String lstm = """
                {"family":"lstm","lookback":48,"horizon":12,"epochs":2,"learningRate":0.01,"hidden":8,
                 "batchSize":32,"ridge":0.0,"stride":6,"seed":1}""";
        String linear = """
                {"family":"linear","lookback":336,"horizon":96,"epochs":0,"learningRate":0.0,"hidden":1,
                 "batchSize":1,"ridge":0.001,"stride":1,"seed":42}""";

        assertThat(JSON.readValue(lstm, TrainingSpec.class)).isEqualTo(new LstmSpec(48, 12, 2, 0.01, 8, 32, 6, 1));
        assertThat(JSON.readValue(linear, TrainingSpec.class)).isEqualTo(new LinearSpec(336, 96, 1e-3, 1, 42));
    }
}
