-- Weather covariates (issue 21). Forecasts keep every issue: the row valid at valid_time as issued at issued_at, so
-- "the latest forecast issued at or before T" can be asked for any T (as-of serving and honest backtests).
CREATE TABLE weather_forecasts (
    location    TEXT             NOT NULL,
    valid_time  TIMESTAMPTZ      NOT NULL,
    issued_at   TIMESTAMPTZ      NOT NULL,
    temperature DOUBLE PRECISION,
    wind_speed  DOUBLE PRECISION,
    cloud_cover DOUBLE PRECISION,
    radiation   DOUBLE PRECISION,
    source      TEXT             NOT NULL,
    PRIMARY KEY (location, valid_time, issued_at)
);

-- Observed (or reanalysed) weather; resolution PT1H (hour starting at valid_time) or P1D (local day starting there)
CREATE TABLE weather_actuals (
    location    TEXT             NOT NULL,
    resolution  TEXT             NOT NULL CHECK (resolution IN ('PT1H', 'P1D')),
    valid_time  TIMESTAMPTZ      NOT NULL,
    temperature DOUBLE PRECISION,
    wind_speed  DOUBLE PRECISION,
    cloud_cover DOUBLE PRECISION,
    radiation   DOUBLE PRECISION,
    source      TEXT             NOT NULL,
    PRIMARY KEY (location, resolution, valid_time)
);
