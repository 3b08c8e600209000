#!/usr/bin/env bash
# Checks that every metric name used by a Grafana panel query or a Prometheus rule is really exported.
# usage: ops/check-metric-names.sh [--exercise] [--warn-only] [base-url...]
#   default base URLs: http://localhost:8081 ... http://localhost:8085 (the services of ./loadcast up)
#   --exercise   first send each service a little traffic (ops/exercise.py: readings, guard checks, questions,
#                a forecast) so that meters created on first use exist; writes use LOADCAST_API_KEY, else
#                .loadcast/api-key
#   --warn-only  report, but exit 0
# Each service gets a GET first (so http_server_requests_* exists), then /actuator/prometheus is scraped and
# the names are compared by ops/check_metric_names.py. Exit 1 on a name used but not exported.
set -euo pipefail
cd "$(dirname "$0")/.."

flags=()
urls=()
exercise=0
for arg in "$@"; do
  case "$arg" in
    --warn-only) flags+=("$arg") ;;
    --exercise) exercise=1 ;;
    *) urls+=("${arg%/}") ;;
  esac
done
((${#urls[@]})) || urls=(http://localhost:8081 http://localhost:8082 http://localhost:8083 http://localhost:8084 http://localhost:8085)

scrapes="$(mktemp -d)"
trap 'rm -rf "$scrapes"' EXIT
if ((exercise)); then
  [[ -n "${LOADCAST_API_KEY:-}" || ! -f .loadcast/api-key ]] || LOADCAST_API_KEY="$(cat .loadcast/api-key)"
  export LOADCAST_API_KEY
  apps=()
  for url in "${urls[@]}"; do
    scrape=$(curl -fsS "$url/actuator/prometheus") || scrape=""
    app=$(grep -om1 'application="[^"]*"' <<<"$scrape" | cut -d'"' -f2) || app=unknown
    apps+=("$app=$url")
  done
  python3 ops/exercise.py "${apps[@]}"
fi
i=0
for url in "${urls[@]}"; do
  i=$((i + 1))
  curl -fsS -o /dev/null "$url/actuator/health/liveness" || { echo "FAIL: $url is not answering"; exit 1; }
  curl -fsS "$url/actuator/prometheus" >"$scrapes/$i.prom"
  app=$(grep -om1 'application="[^"]*"' "$scrapes/$i.prom" || echo 'no application tag')
  echo "scraped $url: $(grep -vc '^#' "$scrapes/$i.prom") samples, $app"
done
python3 ops/check_metric_names.py . "$scrapes"/*.prom ${flags[@]+"${flags[@]}"}
