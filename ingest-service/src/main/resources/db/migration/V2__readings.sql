-- One row per series and instant: the latest value. Writes are idempotent on (series, ts); a different value for an
-- existing key bumps the revision and the superseded value moves to reading_revisions, so nothing is overwritten silently.
-- series_key has no foreign key: keys come only from the series table via the service, and a per-row RI trigger
-- would cost a large share of bulk-import time (millions of rows).
create table readings (
    series_key  integer          not null,
    ts          timestamptz      not null,
    value       double precision not null,
    revision    integer          not null default 0,
    source      text             not null,
    stored_at   timestamptz      not null default now(),
    primary key (series_key, ts)
);

create table reading_revisions (
    series_key    integer          not null,
    ts            timestamptz      not null,
    revision      integer          not null,
    value         double precision not null,
    source        text             not null,
    stored_at     timestamptz      not null,
    superseded_at timestamptz      not null default now(),
    primary key (series_key, ts, revision)
);
