#!/usr/bin/env bash
# Prints the guardrail evaluation tables: prompt-injection precision/recall/F1/FPR (deepset held-out test split,
# Giskard, navirocker, NQ-open benign questions, energy-docs passages) and PII span precision/recall by type
# (Presidio synthetic set). Data: shared/data beside the repository, or pass its directory as $1.
# About 5 minutes on 2 idle cores (embeds ~4,500 texts).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-$(pwd)/../shared/data}"
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl guardrail-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.guardrail.bench.PiiEvaluationBenchmark -Dexec.args="$DATA"
./mvnw -q -pl guardrail-service exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.guardrail.bench.InjectionEvaluationBenchmark -Dexec.args="$DATA"
