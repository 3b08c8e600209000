-- Transactional outbox: an event is inserted in the transaction of the change it describes and sent afterwards,
-- so a crash between commit and send delays the event but never loses it.
create table outbox (
    id          bigserial   primary key,
    topic       text        not null,
    event_key   text        not null,
    payload     text        not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index outbox_pending on outbox (id) where sent_at is null;

-- Every change to a registered model, its versions, aliases, policy and canary: who, when, before and after.
create table audit_log (
    id           bigserial   primary key,
    occurred_at  timestamptz not null,
    actor        text        not null,
    model_name   text        not null,
    action       text        not null,
    alias        text,
    version      text,
    before       jsonb,
    after        jsonb
);
create index audit_log_model_time on audit_log (model_name, occurred_at);

create table artifact_checksums (
    path        text        primary key,
    size_bytes  bigint      not null,
    sha256      text        not null,
    stored_at   timestamptz not null default now()
);
