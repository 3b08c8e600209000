-- Every BLOCK and REDACT decision, without raw personal data: the text is kept only as a SHA-256 and spans.
create table violation_audit (
    id            bigserial primary key,
    occurred_at   timestamptz not null default now(),
    api_key_name  text        not null,
    check_kind    text        not null check (check_kind in ('INPUT', 'OUTPUT')),
    decision      text        not null check (decision in ('BLOCK', 'REDACT')),
    text_sha256   char(64)    not null,
    violations    jsonb       not null
);
create index violation_audit_occurred_at on violation_audit (occurred_at);
