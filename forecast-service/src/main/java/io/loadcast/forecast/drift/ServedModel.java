package io.loadcast.forecast.drift;

/**
 * The model version whose forecasts a series' live residuals are errors of.
 *
 * @param name registered model name
 * @param version its version
 */
record ServedModel(String name, String version) {

    static final ServedModel NONE = new ServedModel("none", "none");
}
