-- Serving bindings are data: which registered model serves a series (optionally a pinned version or an alias other
-- than the champion), who set it, when and why. Without a row the naming rule applies (forecast-<series>, else a
-- champion trained on the series), but a model that would take over a series from the one serving it is first
-- compared with it on the same recent window (serving_takeovers); when it wins, a binding is written for it.
create table serving_bindings (
    series_id     text primary key,
    model_name    text        not null,
    model_version text,
    model_alias   text,
    set_by        text        not null,
    set_at        timestamptz not null,
    reason        text        not null,
    check (model_version is null or model_alias is null)
);

-- Every change of a binding and every takeover decision, who made it and the state before and after.
create table serving_audit (
    id          bigserial primary key,
    occurred_at timestamptz not null,
    actor       text        not null,
    series_id   text        not null,
    action      text        not null,
    before      jsonb,
    after       jsonb
);

create index serving_audit_series on serving_audit (series_id, id desc);

-- One decision per (series, challenger version, incumbent version): both backtested on the same window.
create table serving_takeovers (
    id                  bigserial primary key,
    decided_at          timestamptz      not null,
    series_id           text             not null,
    challenger_model    text             not null,
    challenger_version  text             not null,
    incumbent_model     text             not null,
    incumbent_version   text             not null,
    outcome             text             not null,
    metric              text             not null,
    challenger_error    double precision,
    incumbent_error     double precision,
    improvement_percent double precision,
    window_from         timestamptz,
    window_to           timestamptz,
    reason              text             not null,
    unique (series_id, challenger_model, challenger_version, incumbent_model, incumbent_version)
);

-- The last drift-triggered retrain per series, shared by every replica: a rebalance of the readings partitions to
-- another replica (with a fresh in-memory watch) does not request another retrain within the cooldown.
create table drift_retrains (
    series_id    text primary key,
    requested_at timestamptz not null,
    request_id   uuid        not null
);
