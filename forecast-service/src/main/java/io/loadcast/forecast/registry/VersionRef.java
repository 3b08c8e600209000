package io.loadcast.forecast.registry;

/**
 * A registered model version.
 *
 * @param name the registered model
 * @param version its version
 * @param source the artifact URI
 * @param runId the run that produced it
 */
public record VersionRef(String name, String version, String source, String runId) {}
