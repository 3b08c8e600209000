-- Drift watches forecast error: each model version keeps, per series, the residuals of its backtest at one lead time
-- (a day ahead by default), and live
-- residuals are compared with the reference of the model that served them. The per-series training level
-- (drift_references) is gone: input drift now compares with the same weeks a year earlier, read from ingest-service.
create table drift_residual_references (
    model_name    text               not null,
    series_id     text               not null,
    model_version text               not null,
    lead          integer            not null,
    residuals     double precision[] not null,
    recorded_at   timestamptz        not null,
    primary key (model_name, series_id, model_version)
);

drop table drift_references;
