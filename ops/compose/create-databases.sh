#!/bin/bash
# Run once by the postgres container of docker-compose.yml (official image or the local one): one database per
# service that owns one, each owned by a user of the same name who alone may connect to it. The users' password is
# LOADCAST_DB_PASSWORD; the services get it as SPRING_DATASOURCE_PASSWORD.
set -euo pipefail
: "${LOADCAST_DB_PASSWORD:?set LOADCAST_DB_PASSWORD}"
for db in ingest forecast rag guardrail registry; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v db="$db" -v pw="$LOADCAST_DB_PASSWORD" <<'SQL'
CREATE USER :"db" WITH PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"db";
REVOKE CONNECT, TEMPORARY ON DATABASE :"db" FROM PUBLIC;
SQL
done
