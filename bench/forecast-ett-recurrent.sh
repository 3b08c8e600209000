#!/usr/bin/env bash
# The direct LSTM/GRU on ETT (forecast-service/README.md, "ETT: LSTM/GRU"). Data: shared/data/ett beside the repository.
#   bench/forecast-ett-recurrent.sh etth1 gru 96     ETTh1 standard split, grid on validation, test MSE/MAE
#   bench/forecast-ett-recurrent.sh ettm1 gru [global|per-series|HUFL ...]   ETTm1 six load columns: one global
#       network against six per-series ones (default both in one JVM; one JVM per model keeps resident memory small)
# Settings as Java properties in BENCH_OPTS, e.g. BENCH_OPTS="-Depochs=6 -Dstride=16 -Dgrid=96:32,336:32".
# Threads: OMP_NUM_THREADS (default 2, the machine's cores). Memory: the resident size of DL4J training grows per
# batch (forecast-service/README.md), so the physical cap here is 4g, not the 1800m of the serving manifests.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m -Dorg.bytedeco.javacpp.maxbytes=4g -Dorg.bytedeco.javacpp.maxphysicalbytes=4g} ${BENCH_OPTS:-}"
case "${1:-etth1}" in
  etth1) main=io.loadcast.forecast.bench.Etth1RecurrentBenchmark; args="${2:-gru} ${3:-96}" ;;
  ettm1) main=io.loadcast.forecast.bench.EttGlobalBenchmark; args="${2:-gru} ${*:3}" ;;
  *) echo "usage: $0 etth1|ettm1 [family] [horizon]" >&2; exit 2 ;;
esac
./mvnw -q install -o -DskipTests -pl contracts,service-starter,forecast-core,edge-client
./mvnw -q -o -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass="$main" -Dexec.args="$args"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
