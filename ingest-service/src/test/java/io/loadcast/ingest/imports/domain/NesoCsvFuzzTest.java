package io.loadcast.ingest.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.loadcast.ingest.readings.domain.ReadingInput;
import java.time.Instant;

/**
 * Jazzer fuzz target of the NESO CSV reader (uploaded files and the NESO connector's pages). Without {@code
 * JAZZER_FUZZ} it replays {@code NesoCsvFuzzTestInputs/} as a normal test; {@code ops/fuzz-ingest.sh} fuzzes it.
 * Oracles: only {@link NesoFileException} (a 400/422 problem) may escape; every row is accepted, rejected or a
 * duplicate; the kept rejects are bounded; every reading lies in the domain range PostgreSQL can store.
 */
class NesoCsvFuzzTest {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");
    private static final NesoFileReader READER = new NesoFileReader(1_000_000, EARLIEST, LATEST, 5);

    @FuzzTest
    void nesoFileIsReadOrRefusedWithAProblem(@NotNull String text) {
        ParsedNesoFile file;
        try {
            file = READER.read(text, "fuzz");
        } catch (NesoFileException expected) {
            return;
        }

        assertThat(file.rejected()).hasSizeLessThanOrEqualTo(5);
        assertThat(file.duplicateLines()).hasSizeLessThanOrEqualTo(5);
        assertThat(file.rowsAccepted() + file.duplicateCount()).isLessThanOrEqualTo(file.rowsRead());
        assertThat(file.rejectedByReason().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(file.rejectedCount());
        for (ReadingInput reading : file.readings()) {
            assertThat(reading.timestamp())
                    .isAfterOrEqualTo(EARLIEST.minusSeconds(86_400))
                    .isBefore(LATEST);
            assertThat(Double.isFinite(reading.value())).isTrue();
        }
    }
}
