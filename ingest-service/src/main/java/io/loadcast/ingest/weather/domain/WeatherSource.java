package io.loadcast.ingest.weather.domain;

/** Where stored weather came from. */
public enum WeatherSource {
    /** Open-Meteo's forecast API, pulled by the connector. */
    OPEN_METEO,
    /** The Heathrow daily file (ECA&amp;D via Kaggle "London Weather Data"). */
    HEATHROW_DAILY_FILE,
    /** An Open-Meteo archive export (hourly, local times). */
    OPEN_METEO_HOURLY_FILE
}
