#!/usr/bin/env bash
# Builds every image of the compose stack that the Docker engine lacks, with no registry: Debian bookworm from
# debootstrap, the JRE base, local equivalents of the official infrastructure images (docker-compose.local.yml)
# and the six Jib images loadcast/<module>:<version> on that base. Prints one line per image built and its time.
# usage: images/build-local-images.sh [--rebuild-services]     (root or the docker group; debootstrap; a JDK 17)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
local_dir="$repo/images/local"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)"
modules=(ingest-service forecast-service rag-service guardrail-service registry-service console)
has() { docker image inspect "$1" >/dev/null 2>&1; }
timed() { local what="$1" start; shift; start=$(date +%s); "$@"; echo "== image $what built in $(( $(date +%s) - start )) s" >&2; }

images/build-debian-image.sh >/dev/null

jre_base() {
  local ctx; ctx="$(mktemp -d)"
  local java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
  "$java_home/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.management,jdk.naming.dns,jdk.net,jdk.charsets,jdk.security.auth,jdk.zipfs,jdk.jfr,jdk.localedata \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$ctx/openjdk"
  cp "$local_dir/jre17/Dockerfile" "$ctx/"
  docker build -q -t loadcast/jre17-base:local "$ctx" >/dev/null
  rm -rf "$ctx"
}
has loadcast/jre17-base:local || timed loadcast/jre17-base:local jre_base

java_infra() {
  [[ -f local-stack/target/local-stack.jar ]] || ./mvnw -q -B -DskipTests -pl local-stack -am install
  local ctx; ctx="$(mktemp -d)"
  cp -r local-stack/target/lib "$ctx/lib"
  rm -f "$ctx"/lib/embedded-postgres-binaries-*.jar            # PostgreSQL has its own image
  cp local-stack/target/local-stack.jar "$local_dir"/java-infra/* "$ctx/"
  docker build -q -t loadcast-local/java-infra:latest "$ctx" >/dev/null
  rm -rf "$ctx"
}
has loadcast-local/java-infra:latest || timed loadcast-local/java-infra java_infra

for name in postgres nginx prometheus tools; do
  has "loadcast-local/$name:latest" || timed "loadcast-local/$name" docker build -q -t "loadcast-local/$name:latest" "$local_dir/$name" >/dev/null
done

missing=()
for module in "${modules[@]}"; do
  if [[ "${1:-}" == --rebuild-services ]] || ! has "loadcast/$module:$version"; then missing+=("$module"); fi
done
if ((${#missing[@]})); then
  list="$(IFS=,; echo "${missing[*]}")"
  start=$(date +%s)
  ./mvnw -q -B -DskipTests install -pl contracts,service-starter,forecast-core,edge-client
  ./mvnw -q -B -DskipTests -pl "$list" package jib:dockerBuild -Djib.from.image=docker://loadcast/jre17-base:local
  echo "== Jib images ${missing[*]} built in $(( $(date +%s) - start )) s"
fi
