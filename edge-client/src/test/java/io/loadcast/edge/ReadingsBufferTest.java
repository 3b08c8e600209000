package io.loadcast.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.core.data.TimedValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingsBufferTest {

    static final Instant T0 = Instant.parse("2024-03-04T00:00:00Z");

    @Test
    void keepsTheLatestCapacityHalfHoursAndTheLatestValueOfAPeriod() {
        ReadingsBuffer buffer = new ReadingsBuffer(4, 2);
        for (int i = 0; i < 6; i++) {
            buffer.record("s", T0.plusSeconds(1800L * i), i);
        }
        buffer.record("s", T0.plusSeconds(1800L * 5), 50);
        buffer.record("s", T0.plusSeconds(1800L), 99);

        assertThat(buffer.readings("s")).extracting(TimedValue::value).containsExactly(2.0, 3.0, 4.0, 50.0);
    }

    @Test
    void refusesOffGridOrNonFiniteReadingsAndSeriesBeyondItsLimit() {
        ReadingsBuffer buffer = new ReadingsBuffer(4, 1);
        buffer.record("a", T0, 1);

        assertThatThrownBy(() -> buffer.record("a", T0.plusSeconds(60), 1))
                .hasMessageContaining("not the start of a half-hour");
        assertThatThrownBy(() -> buffer.record("a", T0, Double.NaN)).hasMessageContaining("is NaN");
        assertThatThrownBy(() -> buffer.record("b", T0, 1)).hasMessageContaining("b refused");
        assertThat(buffer.readings("b")).isEmpty();
    }
}
