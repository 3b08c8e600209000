-- A series is a stable id with the metadata needed to read its readings: unit, resolution and the time zone of
-- its settlement day (GB settlement periods count from local midnight, Europe/London). "signed" series (interconnector
-- flows, transfers) may be negative; demand and generation may not. "key" keeps the readings table narrow.
create table series (
    id          text primary key,
    key         integer generated always as identity unique,
    unit        text        not null,
    resolution  text        not null default 'PT30M',
    time_zone   text        not null default 'Europe/London',
    signed      boolean     not null default false,
    created_at  timestamptz not null default now()
);
