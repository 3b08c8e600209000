package io.loadcast.ingest.weather.domain;

/** How long a stored weather row lasts from its valid time: an hour, or a local day of the file's zone. */
public enum WeatherResolution {
    PT1H,
    P1D
}
