package io.loadcast.ingest.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.ingest.readings.domain.ReadingInput;
import io.loadcast.starter.problem.ProblemType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NesoFileReaderTest {

    private final NesoFileReader reader = new NesoFileReader(1_000_000);

    private List<Instant> timestampsOf(ParsedNesoFile file, String seriesId) {
        return file.readings().stream()
                .filter(r -> r.seriesId().equals(seriesId))
                .map(ReadingInput::timestamp)
                .toList();
    }

    @Test
    void mapsEveryNumericColumnToAGbSeries() {
        ParsedNesoFile file = reader.read(
                NesoCsvFixture.days(
                        LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), NesoCsvFixture.UPPER_2015, true, false),
                "neso:test");

        assertThat(file.columns()).containsExactly("ND", "TSD", "EMBEDDED_SOLAR_GENERATION", "IFA_FLOW");
        assertThat(file.rowsRead()).isEqualTo(48);
        assertThat(file.rowsAccepted()).isEqualTo(48);
        assertThat(file.readings()).hasSize(48 * 4);
        assertThat(file.readings().get(0).seriesId()).isEqualTo("GB-ND");
        assertThat(file.readings().get(0).value()).isEqualTo(20_011);
        assertThat(file.rejected()).isEmpty();
    }

    @Test
    void readsTheDateFormatsOfEveryYear() {
        LocalDate day = LocalDate.of(2019, 1, 1);
        Instant midnight = Instant.parse("2019-01-01T00:00:00Z");
        for (String csv : List.of(
                NesoCsvFixture.days(day, day, NesoCsvFixture.UPPER_2015, true, false),
                NesoCsvFixture.days(day, day, NesoCsvFixture.SHORT_2019, false, false),
                NesoCsvFixture.days(day, day, DateTimeFormatter.ISO_LOCAL_DATE, false, true))) {
            ParsedNesoFile file = reader.read(csv, "neso:test");

            assertThat(file.rejected())
                    .as(csv.lines().skip(1).findFirst().orElseThrow())
                    .isEmpty();
            assertThat(timestampsOf(file, "GB-ND")).hasSize(48).first().isEqualTo(midnight);
        }
    }

    @Test
    void mapsTheSpringClockChangeDayToFortySixPeriods() {
        LocalDate day = LocalDate.of(2024, 3, 31);
        ParsedNesoFile file = reader.read(NesoCsvFixture.days(day, day, NesoCsvFixture.UPPER_2015, true, false), "t");

        List<Instant> instants = timestampsOf(file, "GB-ND");
        assertThat(instants).hasSize(46);
        // local midnight is GMT; 01:00 GMT becomes 02:00 BST, so period 3 starts at 01:00Z and the day ends 23:00Z
        assertThat(instants.get(0)).isEqualTo(Instant.parse("2024-03-31T00:00:00Z"));
        assertThat(instants.get(2)).isEqualTo(Instant.parse("2024-03-31T01:00:00Z"));
        assertThat(instants.get(45)).isEqualTo(Instant.parse("2024-03-31T22:30:00Z"));
    }

    @Test
    void mapsTheAutumnClockChangeDayToFiftyPeriods() {
        LocalDate day = LocalDate.of(2024, 10, 27);
        ParsedNesoFile file = reader.read(NesoCsvFixture.days(day, day, NesoCsvFixture.UPPER_2015, true, false), "t");

        List<Instant> instants = timestampsOf(file, "GB-ND");
        assertThat(instants).hasSize(50).doesNotHaveDuplicates();
        // local midnight is BST (23:00Z the day before); the repeated 01:00-02:00 hour is periods 3-6
        assertThat(instants.get(0)).isEqualTo(Instant.parse("2024-10-26T23:00:00Z"));
        assertThat(instants.get(49)).isEqualTo(Instant.parse("2024-10-27T23:30:00Z"));
    }

    @Test
    void rejectsPeriodBeyondTheDayWithItsLineNumber() {
        String csv = NesoCsvFixture.HEADER + "\n" + NesoCsvFixture.row("31-MAR-2024", 47, 1) + "\n"
                + NesoCsvFixture.row("31-MAR-2024", 1, 1) + "\n";

        ParsedNesoFile file = reader.read(csv, "t");

        assertThat(file.rowsAccepted()).isEqualTo(1);
        assertThat(file.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).isEqualTo("INVALID_PERIOD");
            assertThat(problem.detail()).contains("46");
        });
    }

    @Test
    void rejectsTruncatedLastLineAndKeepsTheRest() {
        String full = NesoCsvFixture.days(
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), NesoCsvFixture.UPPER_2015, true, false);
        String truncated = full.substring(0, full.length() - 8);

        ParsedNesoFile file = reader.read(truncated, "t");

        assertThat(file.rowsAccepted()).isEqualTo(47);
        assertThat(file.rejected()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(49);
            assertThat(problem.reason()).isEqualTo("FIELD_COUNT");
        });
    }

    @Test
    void rejectsNonNumericAndNegativeDemandButAcceptsNegativeFlows() {
        String csv = NesoCsvFixture.HEADER + "\n"
                + "01-JAN-2015,1,abc,1,0,-5\n"
                + "01-JAN-2015,2,-20,1,0,-5\n"
                + "01-JAN-2015,3,20000,21000,0,-1500\n";

        ParsedNesoFile file = reader.read(csv, "t");

        assertThat(file.rejected())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "ND", "NOT_A_NUMBER"),
                        org.assertj.core.groups.Tuple.tuple(3L, "ND", "NEGATIVE_VALUE"));
        assertThat(file.rowsAccepted()).isEqualTo(1);
        assertThat(file.readings())
                .filteredOn(r -> r.seriesId().equals("GB-IFA_FLOW"))
                .singleElement()
                .extracting(ReadingInput::value)
                .isEqualTo(-1500.0);
    }

    @Test
    void rejectsLineWithBytesThatWereNotUtf8() {
        String csv =
                NesoCsvFixture.HEADER + "\n" + "01-JAN-2015,1,20000,21000,0,5\n" + "01-JAN-2015,2,2\uFFFD00,1,0,5\n";

        ParsedNesoFile file = reader.read(csv, "t");

        assertThat(file.rejected())
                .singleElement()
                .extracting(RowProblem::reason)
                .isEqualTo("NOT_UTF8");
        assertThat(file.rowsAccepted()).isEqualTo(1);
    }

    @Test
    void keepsTheFirstOfDuplicateRowsAndReportsTheOthers() {
        String csv = NesoCsvFixture.HEADER + "\n" + NesoCsvFixture.row("01-JAN-2015", 1, 1) + "\n"
                + NesoCsvFixture.row("01-JAN-2015", 1, 1) + "\n";

        ParsedNesoFile file = reader.read(csv, "t");

        assertThat(file.duplicateLines()).containsExactly(3L);
        assertThat(file.rowsAccepted()).isEqualTo(1);
    }

    @Test
    void reportsMissingPeriodsBetweenFirstAndLastDay() {
        String csv = NesoCsvFixture.HEADER + "\n" + NesoCsvFixture.row("01-JAN-2015", 1, 1) + "\n"
                + NesoCsvFixture.row("02-JAN-2015", 48, 1) + "\n";

        List<MissingPeriod> missing = MissingPeriod.in(reader.read(csv, "t").periodsSeen());

        assertThat(missing).hasSize(94);
        assertThat(missing.get(0).timestamp()).isEqualTo(Instant.parse("2015-01-01T00:30:00Z"));
    }

    @Test
    void refusesFileWithoutSettlementPeriodColumn() {
        assertThatThrownBy(() -> reader.read("SETTLEMENT_DATE,ND\n01-JAN-2015,20000\n", "t"))
                .isInstanceOf(NesoFileException.class)
                .hasMessageContaining("SETTLEMENT_PERIOD")
                .extracting(e -> ((NesoFileException) e).type())
                .isEqualTo(ProblemType.MISSING_COLUMN);
    }

    @Test
    void rejectsEveryRowOfAFileMissingANumericColumnInItsRows() {
        String csv = NesoCsvFixture.HEADER + "\n" + "01-JAN-2015,1,20000,21000,5\n";

        ParsedNesoFile file = reader.read(csv, "t");

        assertThat(file.rejected())
                .singleElement()
                .satisfies(p -> assertThat(p.detail()).isEqualTo("expected 6 fields, found 5"));
    }

    @Test
    void rejectsSettlementDatesOutsideTheDomainRangeThatPostgresCouldNotStore() {
        ParsedNesoFile file = reader.read(
                "SETTLEMENT_DATE,SETTLEMENT_PERIOD,ND\n+999999-01-01,1,100\n01-JAN-1850,1,100\n2025-01-01,1,100\n",
                "neso:test");

        assertThat(file.rowsAccepted()).isEqualTo(1);
        assertThat(file.rejected())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "SETTLEMENT_DATE", "INVALID_DATE"),
                        org.assertj.core.groups.Tuple.tuple(3L, "SETTLEMENT_DATE", "INVALID_DATE"));
    }

    @Test
    void keepsOnlyTheFirstRejectedLinesAndCountsEveryOne() {
        StringBuilder csv = new StringBuilder("SETTLEMENT_DATE,SETTLEMENT_PERIOD,ND\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("2025-01-01,1,not-a-number\n");
        }
        NesoFileReader bounded = new NesoFileReader(
                1_000_000, Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2200-01-01T00:00:00Z"), 3);

        ParsedNesoFile file = bounded.read(csv.toString(), "neso:test");

        assertThat(file.rejected()).hasSize(3);
        assertThat(file.rejectedCount()).isEqualTo(1000);
        assertThat(file.rejectedByReason()).containsExactly(java.util.Map.entry("NOT_A_NUMBER", 1000L));
    }
}
