#!/usr/bin/env bash
# Readings/s from grid.readings.raw.v1 through validation and the store out on grid.readings.v1, beside the raw Kafka
# producer->consumer rate on the same in-process KRaft broker. Usage: bench/ingest-throughput.sh [readings]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl ingest-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.ingest.bench.IngestThroughputBenchmark -Dexec.args="${1:-300000}"
