#!/usr/bin/env bash
# ETTh1 standard protocol (train/val/test rows 0-8640-11520-14400, z-score on train, horizon 96, 7 channels):
# MSE and MAE on the scaled test set of forecast-service's rlinear-ensemble (or rlinear) family, trained on the training rows, with
# look-back and ridge chosen on the validation rows. Data: shared/data/ett beside the repository.
# Optional arguments: the family (default rlinear-ensemble, members 336/512/720; or rlinear), then the
# look-backs to try, in hours (default 720 for the ensemble, i.e. its longest member; 336 512 720 for rlinear).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q install -DskipTests -pl contracts,service-starter,forecast-core,edge-client
./mvnw -q -pl forecast-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.loadcast.forecast.bench.Etth1Benchmark -Dexec.args="$*"
