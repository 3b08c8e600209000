#!/usr/bin/env bash
# registry-service benchmark: runs/log-batch metrics/s and runs/search p50/p99 over 10,000 runs, through the
# official MLflow Java client against the service on embedded PostgreSQL.
# Usage: bench/registry-mlflow.sh [threads=4] [batches-per-thread=50] [runs=10000] [queries=300]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl registry-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.registry.bench.RegistryBenchmark -Dexec.args="${*:-4 50 10000 300}"
