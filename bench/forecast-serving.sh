#!/usr/bin/env bash
# Serving throughput and p50/p99 latency of one forecast-service instance over its real HTTP endpoint: 48-step
# as-of forecasts of a linear model, history from the recent-readings window (seeded once from an ingest stub over
# HTTP); then a shorter phase with origins older than the window (history from the ingest stub per request).
# Args: client threads (8), seconds (20). Prints the load average beside the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter,forecast-core,edge-client
./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.forecast.bench.ServingBenchmark -Dexec.args="${1:-8} ${2:-20}"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
# GB-ND as a user calls it: NESO 2022-2024 in the ingest stub, the given family (default day-ahead) trained over
# HTTP, forecasts at the README's origin and over the last days of the imported history (history blocks).
# GB_THREADS=4,8 measures several client thread counts on one trained model (default: the first argument).
if [[ "${3:-}" != "--no-gb" ]]; then
  ./mvnw -q -pl forecast-service exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.loadcast.forecast.bench.GbServingBenchmark -Dexec.args="${GB_THREADS:-${1:-8}} ${2:-20} ${GB_FAMILY:-day-ahead}"
  echo "load average after the GB run: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
