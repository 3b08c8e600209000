-- Run once by the postgres container of docker-compose.yml: one database per service that owns one.
CREATE DATABASE ingest;
CREATE DATABASE forecast;
CREATE DATABASE rag;
CREATE DATABASE guardrail;
CREATE DATABASE registry;
