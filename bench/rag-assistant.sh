#!/usr/bin/env bash
# The operator question set (rag-service/src/test/resources/eval/operator-questions.tsv) through rag-service's
# /query with the offline answerer: the intent router's threshold and the relevance floor each chosen on fold A and
# checked on fold B, then hit rate per kind and fold (tools included: forecast-, ingest- and registry-service are
# the tests' HTTP stand-ins, with a history that ends before now), abstention precision/recall and latency.
# Indexes ../shared/data/energy-docs and this repository's docs (README.md, docs/, module READMEs); embeddings are
# cached in .loadcast/bench/. Extra args are property=value.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl rag-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.rag.bench.AssistantBenchmark \
  -Dexec.args="${ENERGY_DOCS_DIR:-$ROOT/../shared/data/energy-docs} $ROOT $*"
