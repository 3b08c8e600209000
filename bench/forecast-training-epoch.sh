#!/usr/bin/env bash
# Seconds per epoch of the direct LSTM and GRU (SameDiff) with their default hyperparameters over GB national
# demand 2019-2024 (10 epochs unless early stopping ends sooner): wall and CPU seconds, load average, and per epoch
# the resident size (/proc/self/status) beside JavaCPP's counters. Optional $1: families (default lstm,gru),
# $2: epochs (default 10), $3: first year (default 2019). The training runs in its own JVM (not Maven's) with
# $TRAIN_JAVA_OPTS, by default the caps the manifests give forecast-service (see forecast-service/README.md).
# Add -Dstride=N (default 8) and/or -Dweather=true (train with the shared London weather, as the service does when
# weather is stored) to TRAIN_JAVA_OPTS, keeping the caps, e.g. TRAIN_JAVA_OPTS="-Xmx768m ... -Dstride=4 -Dweather=true".
# Threads: OMP_NUM_THREADS (default 2, the machine's cores). This worktree's forecast-core classes come first on the
# class path (~/.m2 may hold another worktree's build).
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
TRAIN_JAVA_OPTS="${TRAIN_JAVA_OPTS:--Xmx768m -Dorg.bytedeco.javacpp.maxbytes=640m -Dorg.bytedeco.javacpp.maxphysicalbytes=1800m}"
./mvnw -q install -o -DskipTests -pl contracts,service-starter,forecast-core,edge-client
./mvnw -q -o -pl forecast-service test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="$TRAIN_JAVA_OPTS -classpath $PWD/forecast-core/target/classes:%classpath io.loadcast.forecast.bench.TrainingEpochBenchmark ${1:-lstm,gru} ${2:-10} ${3:-2019}"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
