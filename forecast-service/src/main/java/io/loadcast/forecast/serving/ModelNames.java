package io.loadcast.forecast.serving;

import java.util.Locale;

/** The registered model name of a series' own model: {@code forecast-<series id in lower case>}. */
public final class ModelNames {

    private ModelNames() {}

    public static String forSeries(String seriesId) {
        return "forecast-" + seriesId.toLowerCase(Locale.ROOT);
    }
}
