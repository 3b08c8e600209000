package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.data.SeriesAssembler;
import io.loadcast.forecast.core.data.TimedValue;
import io.loadcast.forecast.core.features.CalendarFeatures;
import io.loadcast.forecast.core.features.Window;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesAndFeaturesTest {

    static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void keepsOnlyPeriodsStrictlyBeforeTheOrigin() {
        HalfHourlySeries s = new HalfHourlySeries("S", T0, new double[] {1, 2, 3, 4});

        HalfHourlySeries before = s.before(T0.plusSeconds(3600));

        assertThat(before.values()).containsExactly(1, 2);
        assertThat(s.before(T0.plusSeconds(3601)).values()).containsExactly(1, 2, 3);
        assertThat(s.before(T0).size()).isZero();
    }

    @Test
    void assemblesReadingsOnTheGridWithGapsAsNaN() {
        HalfHourlySeries s = SeriesAssembler.assemble(
                "S",
                List.of(
                        new TimedValue(T0.plusSeconds(3600), 3),
                        new TimedValue(T0, 1),
                        new TimedValue(T0.plusSeconds(60), 99)));

        assertThat(s.start()).isEqualTo(T0);
        assertThat(s.values()[0]).isEqualTo(1);
        assertThat(s.values()[1]).isNaN();
        assertThat(s.values()[2]).isEqualTo(3);
        assertThat(s.missingCount()).isEqualTo(1);
    }

    @Test
    void fillsGapsFromOneWeekEarlierWithoutLookingAhead() {
        double[] v = new double[HalfHourlySeries.STEPS_PER_WEEK + 3];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        v[HalfHourlySeries.STEPS_PER_WEEK + 1] = Double.NaN;
        v[0] = Double.NaN;

        double[] filled = new HalfHourlySeries("S", T0, v).filled().values();

        assertThat(filled[HalfHourlySeries.STEPS_PER_WEEK + 1]).isEqualTo(1);
        assertThat(filled[0]).isEqualTo(1);
    }

    @Test
    void marksEnglishAndScottishBankHolidaysSeparately() {
        double[] englishSummer = CalendarFeatures.of(Instant.parse("2024-08-26T12:00:00Z"));
        double[] scottishSummer = CalendarFeatures.of(Instant.parse("2024-08-05T12:00:00Z"));
        double[] christmas = CalendarFeatures.of(Instant.parse("2024-12-25T12:00:00Z"));
        double[] ordinary = CalendarFeatures.of(Instant.parse("2024-08-14T12:00:00Z"));

        assertThat(new double[] {englishSummer[11], englishSummer[12]}).containsExactly(1, 0);
        assertThat(new double[] {scottishSummer[11], scottishSummer[12]}).containsExactly(0, 1);
        assertThat(new double[] {christmas[11], christmas[12]}).containsExactly(1, 1);
        assertThat(new double[] {ordinary[11], ordinary[12]}).containsExactly(0, 0);
    }

    @Test
    void readsTimeOfDayInLondonLocalTime() {
        // 23:00 UTC in summer is local midnight: the cosine of the half-hour of day is 1
        assertThat(CalendarFeatures.of(Instant.parse("2024-07-01T23:00:00Z"))[1])
                .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CalendarFeatures.of(Instant.parse("2024-01-01T00:00:00Z"))[1])
                .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        // 2024-07-06 is a Saturday: one-hot position 2 + 5
        assertThat(CalendarFeatures.of(Instant.parse("2024-07-06T10:00:00Z"))[7])
                .isEqualTo(1);
    }

    @Test
    void windowUsesOnlyValuesBeforeTheOriginIndexAndNormalisesByItsMean() {
        double[] values = {2, 4, 6, 1000};

        Window w = Window.before(values, 3, 3);

        assertThat(w.level()).isEqualTo(4);
        assertThat(w.normalised()).containsExactly(-0.5, 0, 0.5);
        assertThat(w.denormalise(0.25)).isEqualTo(5);
    }
}
