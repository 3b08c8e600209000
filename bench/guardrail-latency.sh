#!/usr/bin/env bash
# Latency of the guard checks on the service's real beans: input check of a question plus output check of a
# 300-word answer with three contexts, a different real text every round (NQ-open questions, energy-docs passages);
# p50/p99 per stage over 1000 rounds after 200 warm-up rounds, uncached and cached, with the load average.
# Args: [shared data dir] [rounds] [rounds with three contexts, default 300]. Data: shared/data beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl guardrail-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.guardrail.bench.GuardLatencyBenchmark \
  -Dexec.args="${1:-$(pwd)/../shared/data} ${2:-1000} ${3:-300}"
