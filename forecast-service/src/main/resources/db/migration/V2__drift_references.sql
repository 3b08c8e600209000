-- The training reference of each series' drift watch (its latest training values), so a restart keeps comparing
-- live readings with what the served model was trained on instead of re-learning a reference from ingest.
create table drift_references (
    series_id   text primary key,
    reference   double precision[] not null,
    source      text               not null,
    recorded_at timestamptz        not null
);
