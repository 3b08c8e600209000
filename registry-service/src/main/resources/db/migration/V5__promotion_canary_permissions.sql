create table promotion_policies (
    model_name              text             primary key,
    metric_key              text             not null,
    min_improvement_percent double precision not null,
    require_approval        boolean          not null,
    champion_alias          text             not null
);

create table promotion_requests (
    model_name   text        not null,
    version      int         not null,
    status       text        not null check (status in ('PENDING_APPROVAL', 'PROMOTED', 'REJECTED', 'APPROVED')),
    reason       text        not null,
    decided_by   text,
    created_at   timestamptz not null,
    primary key (model_name, version)
);

create table canaries (
    model_name        text             primary key,
    champion_version  int              not null,
    canary_version    int              not null,
    share             double precision not null check (share >= 0 and share <= 1),
    margin_percent    double precision not null,
    window_size       int              not null,
    state             text             not null check (state in ('ACTIVE', 'ROLLED_BACK', 'ENDED'))
);

create table canary_errors (
    id           bigserial        primary key,
    model_name   text             not null,
    version      int              not null,
    error        double precision not null,
    observed_at  timestamptz      not null
);
create index canary_errors_model_version on canary_errors (model_name, version, id desc);

-- MLflow-style permissions of a named API key on one experiment or registered model; without a row the key's
-- global role applies.
create table permissions (
    resource_type  text not null check (resource_type in ('experiment', 'registered_model')),
    resource_id    text not null,
    key_name       text not null,
    permission     text not null check (permission in ('READ', 'EDIT', 'MANAGE', 'NO_PERMISSIONS')),
    primary key (resource_type, resource_id, key_name)
);
