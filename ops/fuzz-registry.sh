#!/usr/bin/env bash
# Fuzzes registry-service's parsers of outside text with Jazzer for a bounded time (issue 15).
#   ops/fuzz-registry.sh <seconds>     seconds per fuzz target (default 60)
# Without JAZZER_FUZZ the same targets run their seed and crash inputs as plain tests in ./mvnw verify. A crash
# found here is written by Jazzer under registry-service/src/test/resources/io/loadcast/registry/fuzz/
# RegistryParsersFuzzTestInputs/<target>/crash-*: commit it with the fix, it stays a regression input.
# jazzer-junit 0.24 takes the fuzzing time only from @FuzzTest(maxDuration) (5 min), so the bound here is a timeout
# around each run: a run that ends by the timeout found nothing; one that fails found a crash.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
inputs=registry-service/src/test/resources/io/loadcast/registry/fuzz
targets=(searchFilterParsesOrRefusesWithAnMlflowError artifactPathNeverLeavesTheRoot)
./mvnw -B -q -pl registry-service test-compile || exit 1
status=0
for target in "${targets[@]}"; do
  echo "fuzzing RegistryParsersFuzzTest#${target} for ${seconds}s"
  JAZZER_FUZZ=1 timeout -k 30 "$((seconds + 30))" ./mvnw -B -q -pl registry-service surefire:test@fuzz-regression \
    -Dtest="RegistryParsersFuzzTest#${target}" -Dsurefire.failIfNoSpecifiedTests=false > "registry-service/target/fuzz-${target}.log" 2>&1
  rc=$?
  # JVM start-up takes about 30 s of the budget; 124 is the timeout: no crash in the time given
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ]; then
    echo "RegistryParsersFuzzTest#${target} found a crash (log: registry-service/target/fuzz-${target}.log)" >&2
    status=1
  fi
  grep -E "^#[0-9]+" "registry-service/target/fuzz-${target}.log" | tail -1
  rm -f "registry-service/target/fuzz-${target}.log"
done
git status --short "$inputs" | grep crash- && echo "new crash inputs above: commit them with the fix" >&2
exit "$status"
