-- Every NESO file imported, by the sha256 of its bytes, with its data-quality report (so the startup import of a
-- demo folder can skip files already imported).
create table neso_imports (
    id             uuid        primary key,
    file_name      text        not null,
    content_sha256 text        not null,
    imported_at    timestamptz not null default now(),
    report         jsonb       not null
);
create index neso_imports_sha256 on neso_imports (content_sha256);

-- A dataset is frozen: its canonical content is stored (gzip) with its sha256 and never changes, so a model's
-- lineage can point at it and get the same bytes back forever.
create table datasets (
    id             uuid        primary key,
    created_at     timestamptz not null default now(),
    series_ids     text[]      not null,
    from_ts        timestamptz not null,
    to_ts          timestamptz not null,
    sha256         text        not null,
    row_count      bigint      not null,
    content_gzip   bytea       not null,
    summary        jsonb       not null
);
