-- The durable training queue: a QUEUED row carries the whole command (JSON), so a restart or another replica can
-- run it; workers claim the highest priority first (FOR UPDATE SKIP LOCKED) and keep a heartbeat while they run it.
alter table training_runs
    add column command          jsonb,
    add column priority         integer     not null default 0,
    add column timeout_seconds  bigint,
    add column worker           text,
    add column started_at       timestamptz,
    add column heartbeat_at     timestamptz,
    add column cancel_requested boolean     not null default false,
    add column phase            text,
    add column batch            integer     not null default 0,
    add column batches          integer     not null default 0;

-- runs of the single-executor era carry no command: nothing can run or resume them
update training_runs set status = 'FAILED', error = 'interrupted: forecast-service stopped before the run ended',
                         finished_at = now()
 where status in ('QUEUED', 'RUNNING');

create index training_runs_queue on training_runs (priority desc, created_at) where status = 'QUEUED';
