#!/bin/bash
# Run once by the postgres container of docker-compose.yml (official image or the local one): one database per
# service that owns one, each owned by a user of the same name who alone may connect to it, each user with its own
# password LOADCAST_DB_PASSWORD_<SERVICE> (the service gets it as SPRING_DATASOURCE_PASSWORD).
set -euo pipefail
for db in ingest forecast rag guardrail registry; do
  var="LOADCAST_DB_PASSWORD_${db^^}"
  pw="${!var:?set $var}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v db="$db" -v pw="$pw" <<'SQL'
CREATE USER :"db" WITH PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"db";
REVOKE CONNECT, TEMPORARY ON DATABASE :"db" FROM PUBLIC;
SQL
done
