#!/usr/bin/env bash
# The soak (e2e-tests SoakBenchmark): the suite at the compass rates (ingest 50,000 readings/s on Kafka, 1,000
# forecasts/s, 20 retrieval queries/s) for N minutes; prints each minute the achieved rates, errors, 429s, p99,
# readings stored by ingest and each service's heap, then totals and each heap's first and last minute.
# Usage: bench/soak.sh [minutes=10]                     against ./loadcast up (key from .loadcast/api-key)
#        LOADCAST_SOAK_IN_PROCESS=1 bench/soak.sh [min]  a suite of child processes on free ports (builds the jars)
# More: SOAK_OPTS="-Dloadcast.soak.ingest-rate=20000 -Dloadcast.soak.forecast-rate=500 -Dloadcast.soak.series=GB-ND"
# Against the compose stack: SOAK_OPTS="-Dloadcast.e2e.api-key=$(sed -n 's/^LOADCAST_API_KEY=//p' .loadcast/compose.env)"
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
if [[ -n "${LOADCAST_SOAK_IN_PROCESS:-}" ]]; then
  ./mvnw -q package -DskipTests -pl contracts,service-starter,forecast-core,edge-client,local-stack,ingest-service,forecast-service,rag-service,guardrail-service,registry-service
  mode=(-Dloadcast.soak.in-process=true)
else
  key="${LOADCAST_API_KEY:-$(cat .loadcast/api-key 2>/dev/null || true)}"
  mode=(-Dloadcast.e2e.api-key="$key")
fi
./mvnw -q install -DskipTests -pl contracts,service-starter,forecast-core,local-stack
./mvnw -q -pl e2e-tests test-compile
echo "load before: $(uptime)"
# shellcheck disable=SC2086
./mvnw -q -pl e2e-tests exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.loadcast.e2e.bench.SoakBenchmark \
  -Dexec.args="$minutes" -Dloadcast.e2e.repo="$PWD" "${mode[@]}" ${SOAK_OPTS:-}
echo "load after:  $(uptime)"
