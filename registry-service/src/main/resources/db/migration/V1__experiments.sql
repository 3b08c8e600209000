-- MLflow's experiment entity: ids are strings on the wire, numbers here; names are unique among all experiments,
-- deleted ones included, as in MLflow.
create table experiments (
    experiment_id      bigserial primary key,
    name               text        not null unique,
    artifact_location  text        not null,
    lifecycle_stage    text        not null default 'active' check (lifecycle_stage in ('active', 'deleted')),
    creation_time      bigint      not null,
    last_update_time   bigint      not null
);

create table experiment_tags (
    experiment_id  bigint not null references experiments (experiment_id) on delete cascade,
    key            text   not null,
    value          text   not null,
    primary key (experiment_id, key)
);

-- MLflow clients fall back to experiment 0, "Default"
insert into experiments (experiment_id, name, artifact_location, creation_time, last_update_time)
values (0, 'Default', 'mlflow-artifacts:/0', (extract(epoch from now()) * 1000)::bigint,
        (extract(epoch from now()) * 1000)::bigint);
