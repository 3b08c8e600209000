package io.loadcast.forecast.drift;

/**
 * What a model version's errors at one lead time looked like in its backtest on a series: the reference its live
 * errors there are compared with. Each model version keeps its own, so training another model (or a challenger
 * that is not promoted) leaves the serving one's alone.
 *
 * @param modelName the registered model
 * @param modelVersion the version whose backtest produced the residuals
 * @param seriesId the series
 * @param lead periods between origin and target of the forecasts compared (1 = the next half-hour)
 * @param residuals actual minus forecast over the backtest span
 */
public record ResidualReference(String modelName, String modelVersion, String seriesId, int lead, double[] residuals) {

    public ResidualReference {
        residuals = residuals.clone();
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }
}
