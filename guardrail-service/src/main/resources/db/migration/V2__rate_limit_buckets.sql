-- Bucket4j token buckets, one row per API key name, shared by every replica (PostgreSQLSelectForUpdateBasedProxyManager)
create table rate_limit_bucket (
    id         varchar(255) primary key,
    state      bytea,
    expires_at bigint
);
