#!/usr/bin/env bash
# Retrains the prompt-injection classifier (seeded, reproducible) and rewrites
# guardrail-service/src/main/resources/models/injection-detector.json with its threshold, data hashes and metrics.
# Args: [dataDir/prompt-injection] [outputFile] [seed]. About 1-3 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-$(pwd)/../shared/data/prompt-injection}"
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl guardrail-service compile exec:java \
  -Dexec.mainClass=io.loadcast.guardrail.injection.TrainInjectionModel \
  -Dexec.args="$DATA ${2:-guardrail-service/src/main/resources/models/injection-detector.json} ${3:-20261123}"
