#!/usr/bin/env bash
# Prints the guardrail evaluation tables: PII span precision/recall by type (Presidio synthetic set); the harm and
# denied-topic calibration (harmful requests against benign questions, per threshold); the injection model's
# leave-one-source-out table, trigger-word FPR on the operator questions, indirect-injection recall (planted
# documents) and FPR on energy-docs passages, per-source figures; with "loso" as second argument it also re-runs
# the leave-one-source-out fits (10-30 min). Data: shared/data beside the repository, or pass its directory as $1.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-$(pwd)/../shared/data}"
./mvnw -q install -DskipTests -pl contracts,service-starter
run() {
  ./mvnw -q -pl guardrail-service test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass="io.loadcast.guardrail.bench.$1" -Dexec.args="$DATA"
}
run PiiEvaluationBenchmark
run HarmCalibrationBenchmark
run InjectionEvaluationBenchmark
if [[ "${2:-}" == "loso" ]]; then run LeaveOneSourceOutBenchmark; fi
