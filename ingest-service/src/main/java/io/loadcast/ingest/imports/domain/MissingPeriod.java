package io.loadcast.ingest.imports.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SortedMap;

/**
 * A settlement period absent from a file between its first and last day.
 *
 * @param date settlement day
 * @param period settlement period
 * @param timestamp its start (UTC)
 */
public record MissingPeriod(LocalDate date, int period, Instant timestamp) {

    /** Every period missing from the days between the first and the last day seen, inclusive. */
    public static List<MissingPeriod> in(SortedMap<LocalDate, BitSet> periodsSeen) {
        List<MissingPeriod> missing = new ArrayList<>();
        if (periodsSeen.isEmpty()) {
            return missing;
        }
        for (LocalDate d = periodsSeen.firstKey(); !d.isAfter(periodsSeen.lastKey()); d = d.plusDays(1)) {
            SettlementDay day = SettlementDay.of(d, SettlementDay.GB);
            BitSet seen = periodsSeen.getOrDefault(d, new BitSet());
            for (int p = 1; p <= day.periods(); p++) {
                if (!seen.get(p)) {
                    missing.add(new MissingPeriod(d, p, day.periodStart(p)));
                }
            }
        }
        return missing;
    }
}
