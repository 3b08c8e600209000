-- MLflow's model registry. Child tables follow a rename through "on update cascade".
create table registered_models (
    name                    text   primary key,
    creation_timestamp      bigint not null,
    last_updated_timestamp  bigint not null,
    description             text   not null default '',
    user_id                 text   not null
);

create table registered_model_tags (
    name   text not null references registered_models (name) on update cascade on delete cascade,
    key    text not null,
    value  text not null,
    primary key (name, key)
);

create table model_versions (
    name                    text   not null references registered_models (name) on update cascade on delete cascade,
    version                 int    not null,
    creation_timestamp      bigint not null,
    last_updated_timestamp  bigint not null,
    description             text   not null default '',
    user_id                 text   not null,
    current_stage           text   not null default 'None'
        check (current_stage in ('None', 'Staging', 'Production', 'Archived')),
    source                  text   not null,
    run_id                  text,
    run_link                text,
    status                  text   not null default 'READY',
    primary key (name, version)
);
create index model_versions_run on model_versions (run_id);

create table model_version_tags (
    name     text not null,
    version  int  not null,
    key      text not null,
    value    text not null,
    primary key (name, version, key),
    foreign key (name, version) references model_versions (name, version) on update cascade on delete cascade
);

create table registered_model_aliases (
    name     text not null,
    alias    text not null,
    version  int  not null,
    primary key (name, alias),
    foreign key (name, version) references model_versions (name, version) on update cascade on delete cascade
);
