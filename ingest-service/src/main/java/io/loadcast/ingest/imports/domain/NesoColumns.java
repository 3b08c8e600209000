package io.loadcast.ingest.imports.domain;

import java.util.Locale;

/** How NESO columns become series: {@code ND} -> {@code GB-ND}; flows and transfers may be negative. */
public final class NesoColumns {

    public static final String DATE = "SETTLEMENT_DATE";
    public static final String PERIOD = "SETTLEMENT_PERIOD";
    public static final String UNIT = "MW";

    private NesoColumns() {}

    public static String seriesId(String column) {
        return "GB-" + column.toUpperCase(Locale.ROOT);
    }

    /** Interconnector flows and the Scottish transfer are signed (import/export); everything else is not. */
    public static boolean signed(String column) {
        String upper = column.toUpperCase(Locale.ROOT);
        return upper.endsWith("_FLOW") || upper.endsWith("_TRANSFER");
    }
}
