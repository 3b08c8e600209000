#!/usr/bin/env bash
# The end-to-end journey (e2e-tests/SuiteJourneyIT) as a timing benchmark: builds what it needs, runs the module,
# prints the load average, the suite's start-up time, each step's time and the module's wall time.
# Usage: bench/e2e-journey.sh [--no-build]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -q package -DskipTests
  ./mvnw -q install -DskipTests -pl contracts,service-starter,local-stack
fi
log="$(mktemp -t e2e-journey.XXXXXX.log)"
echo "load before: $(uptime)"
start=$(date +%s)
status=0
./mvnw -pl e2e-tests verify >"$log" 2>&1 || status=$?
end=$(date +%s)
echo "load after:  $(uptime)"
echo
grep -E "healthy after|healthy \(pid|Suite ready after|STEP done" "$log" | sed -E 's/^.* - //' || true
grep -E "Tests run:.*in io.loadcast" "$log" || true
echo
echo "module verify wall time: $((end - start)) s (exit $status); full log: $log; part logs: e2e-tests/target/e2e-logs/"
exit "$status"
