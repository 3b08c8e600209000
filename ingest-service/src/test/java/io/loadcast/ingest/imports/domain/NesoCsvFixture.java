package io.loadcast.ingest.imports.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Builds NESO-format CSV text for tests: every settlement period of each day, with deterministic values. */
public final class NesoCsvFixture {

    public static final String HEADER = "SETTLEMENT_DATE,SETTLEMENT_PERIOD,ND,TSD,EMBEDDED_SOLAR_GENERATION,IFA_FLOW";
    public static final DateTimeFormatter UPPER_2015 = DateTimeFormatter.ofPattern("dd-MMM-uuuu", Locale.ENGLISH);
    public static final DateTimeFormatter SHORT_2019 = DateTimeFormatter.ofPattern("dd-MMM-uu", Locale.ENGLISH);

    private NesoCsvFixture() {}

    /** Rows for the days {@code from..to} inclusive; dates written with {@code format} (upper-cased if asked). */
    public static String days(LocalDate from, LocalDate to, DateTimeFormatter format, boolean upper, boolean quoted) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            int periods = SettlementDay.of(d, SettlementDay.GB).periods();
            String date = upper ? d.format(format).toUpperCase(Locale.ROOT) : d.format(format);
            if (quoted) {
                date = '"' + date + '"';
            }
            for (int p = 1; p <= periods; p++) {
                csv.append(row(date, p, d.getDayOfYear())).append('\n');
            }
        }
        return csv.toString();
    }

    public static String row(String date, int period, int day) {
        int nd = 20_000 + day * 10 + period;
        return date
                + ','
                + period
                + ','
                + nd
                + ','
                + (nd + 1500)
                + ','
                + (period % 20)
                + ','
                + (period % 2 == 0 ? -900 : 900);
    }
}
