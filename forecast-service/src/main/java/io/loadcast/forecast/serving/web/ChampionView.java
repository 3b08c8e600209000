package io.loadcast.forecast.serving.web;

/**
 * The approved version of a model, for edge devices.
 *
 * @param name the registered model
 * @param version the champion version
 * @param family the model family
 * @param downloadUrl where the artifact can be downloaded
 */
record ChampionView(String name, String version, String family, String downloadUrl) {}
