#!/usr/bin/env bash
# Builds every service image with Jib into a tar (no Docker engine needed) and runs each one (smoke-test-image.sh).
# Where no container registry is reachable, the base image is built locally from Debian packages
# (build-base-image.sh). Services that own a database are run against the local stack's PostgreSQL and Kafka, so
# run `./loadcast up` first to check all five; without it, only the services without a database are run.
# usage: images/check-images.sh [module ...]      (default: every service and the console)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
modules=("$@")
((${#modules[@]})) || modules=(ingest-service forecast-service rag-service guardrail-service registry-service)
[[ -d console ]] && ((${#@} == 0)) && modules+=(console)

base_args=()
if ! timeout 5 bash -c 'exec 3<>/dev/tcp/registry-1.docker.io/443' 2>/dev/null; then
  echo "== no container registry reachable: building the base image from Debian packages"
  base_args=("-Djib.from.image=tar://$(images/build-base-image.sh | tail -1)")
fi
stack_up=false
timeout 2 bash -c 'exec 3<>/dev/tcp/localhost/15432' 2>/dev/null && stack_up=true

port=18180
failed=0
for module in "${modules[@]}"; do
  port=$((port + 1))
  echo "== $module: jib:buildTar"
  ./mvnw -q -B -pl "$module" jib:buildTar "${base_args[@]}" || { echo "FAIL: $module image build"; failed=1; continue; }
  # as a volume would be in Kubernetes: the image's working directory (/) is not writable by its user
  env_args=(SPRING_KAFKA_BOOTSTRAP_SERVERS=localhost:9092 LOADCAST_HOME=/tmp/loadcast LOADCAST_ARTIFACTS_ROOT=/tmp/loadcast/artifacts)
  if [[ -d "$module/src/main/resources/db/migration" ]]; then
    if ! $stack_up; then
      echo "SKIP: $module image run (owns a database; start ./loadcast up to run it)"
      continue
    fi
    db="${module%-service}"
    env_args+=(SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:15432/$db" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres)
  fi
  images/smoke-test-image.sh "$module/target/jib-image.tar" "$port" "${env_args[@]}" || failed=1
done
exit $failed
