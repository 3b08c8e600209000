#!/usr/bin/env bash
# Forecasts as a user calls them, on a running stack (./loadcast up, or the compose stack through its proxy):
# closed-loop callers on keep-alive connections, the README's call (GB-ND, origin 2024-12-30T22:30Z) and origins over
# the last three days of the imported history; prints forecasts/s, p50, p99 and the load average per phase.
# Usage: bench/forecast-stack.sh [baseUrl=http://localhost:8082] [connections=8] [seconds=20] [series=GB-ND]
# The API key of .loadcast/api-key is sent when present (LOADCAST_API_KEY overrides it). The CPU time per forecast of
# the server is printed from /proc when its pid is known: .loadcast/run/forecast-service.pid, or LOADCAST_BENCH_SERVER_PID.
# LOADCAST_BENCH_PHASES=spread,readme runs the two phases the other way round (default readme,spread).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o install -DskipTests -pl contracts,service-starter,forecast-core,local-stack 2>/dev/null \
  || ./mvnw -q install -DskipTests -pl contracts,service-starter,forecast-core,local-stack
./mvnw -q -pl e2e-tests test-compile
server_pid="${LOADCAST_BENCH_SERVER_PID:-}"
if [[ -z "$server_pid" && -f .loadcast/run/forecast-service.pid ]]; then
  server_pid="$(head -n 1 .loadcast/run/forecast-service.pid | tr -dc '0-9')"
fi
./mvnw -q -pl e2e-tests exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.e2e.bench.StackServingBenchmark \
  -Dloadcast.bench.api-key="${LOADCAST_API_KEY:-}" \
  -Dloadcast.bench.phases="${LOADCAST_BENCH_PHASES:-readme,spread}" -Dloadcast.bench.server-pid="$server_pid" -Dloadcast.bench.clock-ticks="$(getconf CLK_TCK)" \
  -Dexec.args="${1:-http://localhost:8082} ${2:-8} ${3:-20} ${4:-GB-ND}"
