#!/usr/bin/env bash
# Seconds per epoch of the direct LSTM (DL4J ComputationGraph) and GRU (SameDiff) with their default
# hyperparameters over GB national demand 2019-2024 (10 epochs unless early stopping ends sooner), with the load
# average and JavaCPP's off-heap peaks. Optional $1: families (default lstm,gru), $2: epochs (default 10).
# Threads: OMP_NUM_THREADS (default 2, the machine's cores); memory caps as in k8s: see forecast-service/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx768m -Dorg.bytedeco.javacpp.maxbytes=640m -Dorg.bytedeco.javacpp.maxphysicalbytes=1800m}"
./mvnw -q install -o -DskipTests -pl contracts,service-starter,forecast-core,edge-client
./mvnw -q -o -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.forecast.bench.TrainingEpochBenchmark -Dexec.args="${1:-lstm,gru} ${2:-10}"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
