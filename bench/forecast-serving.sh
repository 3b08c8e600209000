#!/usr/bin/env bash
# Serving throughput and p50/p99 latency of one forecast-service instance: 48-step as-of forecasts of a linear
# model over HTTP, history read from an ingest stub over HTTP per request. Args: client threads (16), seconds (20).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.forecast.bench.ServingBenchmark -Dexec.args="${1:-16} ${2:-20}"
