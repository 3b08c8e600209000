#!/usr/bin/env bash
# Retrains the prompt-injection classifier on every labelled source (shared/data/prompt-injection,
# prompt-injection-extra, SciFact), sets its threshold by leave-one-source-out validation and rewrites
# guardrail-service/src/main/resources/models/injection-detector.json (weights, threshold, data hashes, the
# leave-one-source-out table). Embeddings are cached in guardrail-service/target/injection-embeddings.bin: the first
# run embeds ~6,300 texts (15 min on a loaded 2-core machine), the leave-one-source-out fits take 10-30 min.
# Args: [sharedDataDir] [outputFile].
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-$(pwd)/../shared/data}"
OUT="${2:-$(pwd)/guardrail-service/src/main/resources/models/injection-detector.json}"
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl guardrail-service compile exec:java \
  -Dexec.mainClass=io.loadcast.guardrail.injection.TrainInjectionModel \
  -Dexec.args="$DATA $OUT target/injection-embeddings.bin"
