#!/usr/bin/env bash
# Imports all NESO years of ../shared/data/gb-demand into an empty store: exact row counts, rejects, rows/s.
# Usage: bench/ingest-neso-import.sh [absolute folder]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl ingest-service test-compile
echo "load before: $(uptime)"
./mvnw -q -pl ingest-service exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.ingest.bench.NesoImportBenchmark -Dexec.args="${1:-$(cd .. && pwd)/shared/data/gb-demand}"
echo "load after:  $(uptime)"
