-- A series is a stable id with the metadata needed to read its readings: unit, resolution and the time zone of
-- its settlement day (GB settlement periods count from local midnight, Europe/London).
create table series (
    id          text primary key,
    unit        text        not null,
    resolution  text        not null default 'PT30M',
    time_zone   text        not null default 'Europe/London',
    created_at  timestamptz not null default now()
);
