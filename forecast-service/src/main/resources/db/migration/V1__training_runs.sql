-- Training runs: their request, progress and outcome, so a restart keeps the history (the registry keeps lineage).
create table training_runs (
    id              text primary key,
    status          text        not null,
    family          text        not null,
    series_ids      text[]      not null,
    model_name      text        not null,
    requested_by    text        not null,
    epoch           integer     not null default 0,
    epochs          integer     not null default 0,
    loss            double precision,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    registry_run_id text,
    model_version   text,
    backtest        jsonb,
    error           text
);

create index training_runs_created on training_runs (created_at desc);
create index training_runs_series on training_runs using gin (series_ids);
