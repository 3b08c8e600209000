-- Documents: the source of truth every replica's Lucene index follows (see the README, "Replicas").
-- A document and its change are written in one transaction; writers take an advisory lock first, so sequence
-- numbers commit in order and a replica that read up to seq N never misses a change below N.

create table documents (
    id             text        primary key,
    title          text        not null,
    text           text        not null,
    metadata       jsonb       not null default '{}'::jsonb,
    collection     text,
    content_sha256 text        not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

create table document_changes (
    seq         bigserial   primary key,
    document_id text        not null,
    kind        text        not null check (kind in ('UPSERT', 'DELETE')),
    at          timestamptz not null default now()
);
