#!/usr/bin/env bash
# Fuzzes ingest-service's Jazzer targets in fuzzing mode, each for a bounded time.
#   ops/fuzz-ingest.sh [seconds-per-target]    (default 60)
# Without JAZZER_FUZZ the same @FuzzTest methods only replay their seed corpus (src/test/resources/.../*FuzzTestInputs)
# as part of ./mvnw verify. A crash is written by Jazzer into that Inputs folder (crash-<sha1>): keep it there as a
# regression input, fix the code, and rerun ./mvnw -pl ingest-service test -Dtest=<Target> until it passes.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/.."
targets=(
  "io.loadcast.ingest.readings.messaging.RawReadingFuzzTest"
  "io.loadcast.ingest.imports.domain.NesoCsvFuzzTest"
)
offline=()
[ -d "${HOME}/.m2/repository/com/code-intelligence/jazzer/" ] && offline=(-o)
./mvnw -B "${offline[@]}" -q -pl ingest-service test-compile -Dspotless.check.skip=true
status=0
for target in "${targets[@]}"; do
  echo "== fuzzing ${target} for ${seconds}s"
  if ! JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" \
      JAZZER_INSTRUMENT="io.loadcast.**,tools.jackson.**,org.apache.commons.csv.**" \
      ./mvnw -B "${offline[@]}" -q -pl ingest-service surefire:test -Dtest="${target}" \
        -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "!! ${target} found a crash: see ingest-service/target/surefire-reports and the Inputs folder" >&2
    status=1
  fi
done
exit "${status}"
