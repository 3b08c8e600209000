package io.loadcast.forecast.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.testing.ForecastIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Residual references in PostgreSQL outlive the process, one per model version and series: training a challenger (or
 * another model) on a series does not replace the reference of the version that serves it.
 */
@ForecastIntegrationTest
class DriftReferenceStoreTest {

    @Autowired
    ReferenceStore references;

    @Test
    void eachModelVersionKeepsItsOwnResidualReference() {
        double[] champion = {-12.5, 3.0, 8.25, -1.0};
        double[] challenger = {40.0, 41.0};
        references.save(new ResidualReference("forecast-ref", "1", "REF", 48, champion));
        references.save(new ResidualReference("forecast-ref", "2", "REF", 48, challenger));
        references.save(new ResidualReference("forecast-other", "1", "REF", 1, challenger));

        assertThat(references.find("forecast-ref", "1", "REF")).hasValueSatisfying(r -> {
            assertThat(r.residuals()).containsExactly(champion);
            assertThat(r.lead()).isEqualTo(48);
        });
        assertThat(references.find("forecast-ref", "2", "REF"))
                .hasValueSatisfying(r -> assertThat(r.residuals()).containsExactly(challenger));
        assertThat(references.find("forecast-other", "1", "REF"))
                .hasValueSatisfying(r -> assertThat(r.lead()).isEqualTo(1));
        assertThat(references.find("forecast-ref", "3", "REF")).isEmpty();
        assertThat(references.find("forecast-ref", "1", "OTHER")).isEmpty();
    }
}
