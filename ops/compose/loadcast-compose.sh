#!/usr/bin/env bash
# ./loadcast compose up | down [-v] | status: the real container stack of docker-compose.yml with the locally built
# images of docker-compose.local.yml (no registry needed). Secrets are generated once into .loadcast/compose.env
# (mode 600). LOADCAST_COMPOSE_FILES adds compose files. `up` builds the images that are missing, starts everything but Grafana and waits until every
# container is healthy, then prints the time and each container's state.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
env_file="$repo/.loadcast/compose.env"
export COMPOSE_PROFILES=infra,apps,monitoring   # the services below are named, so Grafana stays out
compose=(docker-compose -p loadcast -f docker-compose.yml -f docker-compose.local.yml)
# more compose files on top, space-separated (CI adds ops/compose/e2e-settings.yml for the journey)
for extra in ${LOADCAST_COMPOSE_FILES:-}; do compose+=(-f "$extra"); done
services=(kafka postgres s3 s3-bucket ingest-service-a ingest-service-b ingest-service forecast-service-a
  forecast-service-b forecast-service rag-service-a rag-service-b rag-service guardrail-service registry-service
  console prometheus)
timeout="${LOADCAST_COMPOSE_TIMEOUT_SECONDS:-900}"

secrets() {
  mkdir -p "$(dirname "$env_file")"
  if [[ ! -f "$env_file" ]]; then
    umask 077
    key="${LOADCAST_API_KEY:-$(cat .loadcast/api-key 2>/dev/null || od -An -tx1 -N24 /dev/urandom | tr -d ' \n')}"
    {
      echo "LOADCAST_API_KEY=$key"
      echo "S3_ACCESS_KEY=loadcast"
    } >"$env_file"
  fi
  # every generated secret, added when missing (a file from before per-service users gets the new ones; the
  # database users are made on PostgreSQL's first start, so such a stack needs `./loadcast compose down -v` once)
  for name in POSTGRES_PASSWORD S3_SECRET_KEY GRAFANA_ADMIN_PASSWORD \
    LOADCAST_DB_PASSWORD_{INGEST,FORECAST,RAG,GUARDRAIL,REGISTRY} KAFKA_PASSWORD_{BROKER,INGEST,FORECAST,RAG,REGISTRY}; do
    grep -q "^$name=" "$env_file" || echo "$name=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')" >>"$env_file"
  done
  set -a; . "$env_file"; set +a
}

# every container of the project: name and health (or state when it has no health check)
states() {
  docker ps -a --filter label=com.docker.compose.project=loadcast \
    --format '{{.Names}} {{.Status}}' | sort
}

await_healthy() {
  local start=$1 ids unhealthy
  while true; do
    ids=$("${compose[@]}" ps -q)
    unhealthy=$(docker inspect -f '{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.ExitCode}}' $ids \
      | awk '!(($3 == "healthy") || ($2 == "exited" && $3 == "none" && $4 == 0))')
    [[ -z "$unhealthy" ]] && return 0
    if (( $(date +%s) - start > timeout )); then
      echo "FAIL: not healthy after ${timeout} s:"; echo "$unhealthy"; return 1
    fi
    sleep 5
  done
}

case "${1:-status}" in
  up)
    start=$(date +%s)
    secrets
    images/build-local-images.sh
    built=$(date +%s)
    "${compose[@]}" up -d "${services[@]}"
    await_healthy "$built" || { "${compose[@]}" ps; exit 1; }
    now=$(date +%s)
    echo "== compose stack healthy: $(( now - start )) s for ./loadcast compose up ($(( built - start )) s images, $(( now - built )) s containers)"
    states | sed 's/^/   /'
    echo "   services: http://localhost:8081-8085 (ingest, forecast and rag through their proxy), console http://localhost:8080, Prometheus http://localhost:9090"
    echo "   API key: $LOADCAST_API_KEY (secrets in $env_file)"
    ;;
  down)
    shift
    secrets
    "${compose[@]}" down --remove-orphans "$@"
    ;;
  status)
    secrets
    "${compose[@]}" ps
    ;;
  *)
    echo "usage: ./loadcast compose up | down [-v] | status" >&2
    exit 2
    ;;
esac
