-- MLflow runs with their params, tags and metrics. latest_metrics keeps the value MLflow reports for a key (the
-- one with the greatest step, then timestamp, then value), so that run reads and searches never scan the history.
create table runs (
    run_uuid         text   primary key,
    experiment_id    bigint not null references experiments (experiment_id),
    run_name         text   not null,
    user_id          text   not null,
    status           text   not null check (status in ('RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED')),
    start_time       bigint not null,
    end_time         bigint,
    artifact_uri     text   not null,
    lifecycle_stage  text   not null default 'active' check (lifecycle_stage in ('active', 'deleted'))
);
create index runs_experiment_start on runs (experiment_id, start_time desc, run_uuid);

create table params (
    run_uuid  text not null references runs (run_uuid) on delete cascade,
    key       text not null,
    value     text not null,
    primary key (run_uuid, key)
);
create index params_key_value on params (key, value);

create table tags (
    run_uuid  text not null references runs (run_uuid) on delete cascade,
    key       text not null,
    value     text not null,
    primary key (run_uuid, key)
);
create index tags_key_value on tags (key, value);

create table metrics (
    run_uuid   text             not null references runs (run_uuid) on delete cascade,
    key        text             not null,
    value      double precision not null,
    timestamp  bigint           not null,
    step       bigint           not null,
    primary key (run_uuid, key, timestamp, step, value)
);

create table latest_metrics (
    run_uuid   text             not null references runs (run_uuid) on delete cascade,
    key        text             not null,
    value      double precision not null,
    timestamp  bigint           not null,
    step       bigint           not null,
    primary key (run_uuid, key)
);
create index latest_metrics_key_value on latest_metrics (key, value);
