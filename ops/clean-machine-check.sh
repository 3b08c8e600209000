#!/usr/bin/env bash
# Proves the README's first command on a clean machine: a Debian bookworm container from debootstrap with nothing
# installed, the repository's tracked files (no target/, no .loadcast/) and ../shared mounted, runs as root exactly
# what the README says: install a JDK (and curl for its example), ./loadcast up, the README's forecast curl,
# ./loadcast down. Prints the install seconds, the seconds until the suite was healthy and the forecast.
# Maven's local repository is seeded read-only from the host (~/.m2/repository as Maven 3.9's tail repository), to
# keep CI time down; nothing else comes from the host but the extra CA certificates of its network.
# usage: ops/clean-machine-check.sh            (root; Docker engine and debootstrap; about 10 min on 2 cores)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(readlink -f "$repo/../shared")"
seed="${LOADCAST_M2_SEED:-$HOME/.m2/repository}"
name="loadcast-clean-machine-$$"
image="$("$repo/images/build-debian-image.sh" | tail -1)"

work="$(mktemp -d)"
cleanup() { docker rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
# the repository as a fresh clone has it: tracked and new files, nothing ignored (target/, .loadcast/)
mkdir -p "$work/loadcast"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -c 2>/dev/null) | tar -C "$work/loadcast" -x
chmod 755 "$work" "$work/loadcast"

mounts=(-v "$work/loadcast:/src/loadcast" -v "$shared:/src/shared:ro")
[[ -d /usr/local/share/ca-certificates ]] && mounts+=(-v /usr/local/share/ca-certificates:/usr/local/share/ca-certificates:ro)
maven_args=""
if [[ -d "$seed" ]]; then
  mounts+=(-v "$seed:/m2-seed:ro")
  maven_args="-Dmaven.repo.local.tail=/m2-seed -Dmaven.repo.local.tail.ignoreAvailability=true"
fi

echo "== clean machine: $image, repository copy without build output, ../shared read-only"
# the first import of seven NESO years takes minutes: on a machine shared with other builds it took over 900 s,
# and Kafka was not healthy within 120 s (controller events took 12 s)
docker run --init --name "$name" "${mounts[@]}" -e MAVEN_ARGS="$maven_args" \
  -e LOADCAST_SERVICE_TIMEOUT_SECONDS="${LOADCAST_SERVICE_TIMEOUT_SECONDS:-2400}" \
  -e LOADCAST_INFRA_TIMEOUT_SECONDS="${LOADCAST_INFRA_TIMEOUT_SECONDS:-600}" -w /src/loadcast "$image" bash -euo pipefail -c '
  start=$(date +%s)
  # the README: a JDK 17+ (and curl for its example); ca-certificates brings in the network'"'"'s extra CAs
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    ca-certificates openjdk-17-jdk-headless curl >/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; exit 1; }
  update-ca-certificates >/dev/null 2>&1
  echo "CLEAN-MACHINE install: JDK installed in $(( $(date +%s) - start )) s"
  up_start=$(date +%s)
  ./loadcast up | tee /tmp/up.log
  healthy=$(grep -o "healthy in [0-9.]* s" /tmp/up.log | tail -1)
  echo "CLEAN-MACHINE up: ./loadcast up took $(( $(date +%s) - up_start )) s (build included), suite ${healthy}"
  # the README'"'"'s forecast command, verbatim
  forecast=$(curl -s -X POST localhost:8082/api/v1/forecasts -H "Content-Type: application/json" \
     -d "{\"seriesId\":\"GB-ND\",\"origin\":\"2024-12-30T22:30:00Z\",\"horizon\":48}")
  echo "CLEAN-MACHINE forecast: ${forecast:0:400}"
  ./loadcast down
  grep -q "\"points\":\[{" <<<"$forecast" || { echo "CLEAN-MACHINE FAIL: no forecast"; exit 1; }
  echo "CLEAN-MACHINE PASS"
'
