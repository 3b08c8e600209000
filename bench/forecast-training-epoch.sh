#!/usr/bin/env bash
# Seconds per training epoch of the LSTM (DL4J MultiLayerNetwork) and the GRU (SameDiff) on one year of
# half-hours (GB national demand 2023; look-back 96, horizon 96, stride 4, 32 hidden units, batch 64).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter,forecast-core,edge-client
./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.forecast.bench.TrainingEpochBenchmark
