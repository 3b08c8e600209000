-- Prompt A/B experiments: which variant each session was assigned, and every answered query with its rating.
-- Kept in PostgreSQL so results survive restarts and are shared by replicas.

create table variant_assignments (
    experiment_id text        not null,
    session_id    text        not null,
    variant       text        not null,
    assigned_at   timestamptz not null default now(),
    primary key (experiment_id, session_id)
);

create table experiment_queries (
    query_id      text             primary key,
    experiment_id text             not null,
    variant       text             not null,
    session_id    text,
    latency_ms    double precision not null check (latency_ms >= 0),
    answered_at   timestamptz      not null default now(),
    rating        smallint         check (rating between 1 and 5),
    rated_at      timestamptz
);

create index experiment_queries_by_experiment on experiment_queries (experiment_id, variant);
