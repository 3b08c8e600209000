#!/usr/bin/env bash
# ETTh1 standard protocol (train/val/test rows 0-8640-11520-14400, z-score on train, horizon 96, 7 channels):
# MSE and MAE of the linear model on the scaled test set. Data: shared/data/ett beside the repository.
# Optional $1: look-back in hours (default 336).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter
./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.forecast.bench.Etth1Benchmark -Dexec.args="${1:-336}"
