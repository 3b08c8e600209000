#!/usr/bin/env bash
# Readings/s from grid.readings.raw.v1 through validation and the store out on grid.readings.v1, beside the raw Kafka
# producer->consumer rate on the same in-process KRaft broker (same records, same count), their ratio, and where the
# listener's batches spent their time. Usage: bench/ingest-throughput.sh [readings]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl ingest-service test-compile
echo "load before: $(uptime)"
./mvnw -q -pl ingest-service exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.ingest.bench.IngestThroughputBenchmark -Dexec.args="${1:-300000}"
echo "load after:  $(uptime)"
