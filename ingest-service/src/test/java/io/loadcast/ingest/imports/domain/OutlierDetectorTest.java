package io.loadcast.ingest.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.ingest.readings.domain.ReadingInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlierDetectorTest {

    @Test
    void flagsASpikeThatAMeanAndStandardDeviationWouldHalfHide() {
        List<ReadingInput> readings = new ArrayList<>();
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 100; i++) {
            readings.add(new ReadingInput("GB-ND", t.plusSeconds(1800L * i), 30_000 + (i % 10) * 100, "MW", "t"));
        }
        readings.set(50, new ReadingInput("GB-ND", readings.get(50).timestamp(), 90_000, "MW", "t"));

        List<Outlier> outliers = new OutlierDetector(3.5).find(readings);

        assertThat(outliers).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(90_000);
            assertThat(o.robustZ()).isGreaterThan(3.5);
        });
    }

    @Test
    void findsNoOutlierInAConstantSeries() {
        List<ReadingInput> readings = new ArrayList<>();
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 10; i++) {
            readings.add(new ReadingInput("GB-EMBEDDED_WIND_CAPACITY", t.plusSeconds(1800L * i), 6_500, "MW", "t"));
        }

        assertThat(new OutlierDetector(3.5).find(readings)).isEmpty();
    }
}
