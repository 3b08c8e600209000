#!/usr/bin/env bash
# Fuzzes registry-service's parsers of outside text with Jazzer for a bounded time (issue 15).
#   ops/fuzz-registry.sh <seconds>     seconds per fuzz target (default 60)
# Without JAZZER_FUZZ the same targets run their seed and crash inputs as plain tests in ./mvnw verify. A crash
# found here is written by Jazzer under registry-service/src/test/resources/io/loadcast/registry/fuzz/
# RegistryParsersFuzzTestInputs/<target>/crash-*: commit it with the fix, it stays a regression input.
# Jazzer (0.30) stops each target after JAZZER_MAX_DURATION; the timeout around a run is only a safety net (a run
# killed by it may leave a crash-* file for the input it was on, which is not a finding).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
inputs=registry-service/src/test/resources/io/loadcast/registry/fuzz
targets=(searchFilterParsesOrRefusesWithAnMlflowError artifactPathNeverLeavesTheRoot)
./mvnw -B -q -pl registry-service test-compile || exit 1
status=0
for target in "${targets[@]}"; do
  echo "fuzzing RegistryParsersFuzzTest#${target} for ${seconds}s"
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" timeout -k 30 "$((seconds + 180))" ./mvnw -B -q -pl registry-service surefire:test@fuzz-regression \
    -Dtest="RegistryParsersFuzzTest#${target}" -Dsurefire.failIfNoSpecifiedTests=false > "registry-service/target/fuzz-${target}.log" 2>&1
  rc=$?
  # 124/137: the safety timeout ended it: no crash found in the time given
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ]; then
    echo "RegistryParsersFuzzTest#${target} found a crash (log: registry-service/target/fuzz-${target}.log)" >&2
    status=1
  fi
  grep -E "^#[0-9]+" "registry-service/target/fuzz-${target}.log" | tail -1
  # a crash's log stays for whoever reads the finding (.ci/run prints it)
  [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ] || rm -f "registry-service/target/fuzz-${target}.log"
done
git status --short "$inputs" | grep crash- && echo "new crash inputs above: commit them with the fix" >&2
exit "$status"
