#!/usr/bin/env bash
# SciFact retrieval quality (BM25 / vector / hybrid) through rag-service's HTTP API, then retrieval and /query
# latency. The first run embeds the corpus (50 min measured on the shared, loaded 2-core machine); embeddings are
# cached in .loadcast/bench/, so later runs take a few minutes. Extra args are property=value settings, e.g.
# loadcast.rag.search.fusion=RRF, or loadcast.rag.search.model=bge-small-en-v1.5 for the fp32 model (its first run
# embeds the corpus again). Prints the load average beside each block of figures.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl rag-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.rag.bench.SciFactBenchmark \
  -Dexec.args="${SCIFACT_DIR:-$ROOT/../shared/data/beir-scifact} $*"
