#!/usr/bin/env bash
# Latency of the guard checks on the service's real beans: input check of a question plus output check of a
# 300-word answer with three contexts; p50/p99 over 1000 rounds after 200 warm-up rounds. No shared data needed.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl guardrail-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.guardrail.bench.GuardLatencyBenchmark
