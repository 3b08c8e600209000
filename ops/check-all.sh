#!/usr/bin/env bash
# Every deployment check this machine can run, one line each: PASS, SKIP (reason) or FAIL (with the log).
# Exit 1 when any check fails; a missing tool is a SKIP, never a FAIL.
#   ops/check-all.sh            all checks
#   JIB_FROM_IMAGE=<mirror>/eclipse-temurin:17-jre ops/check-all.sh   Jib base image from a mirror
#   LOADCAST_SKIP_JIB=1 ops/check-all.sh                             without the (slow) Jib image builds
# The metric-name check needs the running services: ops/check-metric-names.sh after ./loadcast up.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0 skipped=0 failed=0
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
: >"$logs/terraformrc"
export TF_CLI_CONFIG_FILE="$logs/terraformrc" # no ~/.terraformrc warning on every terraform call

check() { # check <name> <command...>: runs the command, prints PASS/FAIL and its output's last line
  local name="$1" log="$logs/$((passed + skipped + failed)).log"
  shift
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    local last
    last="$(grep -v '^\s*$' "$log" | tail -n1 | sed 's/^ *//' | cut -c1-110)"
    printf 'PASS  %-48s %s\n' "$name" "${last:-ok}"
  else
    failed=$((failed + 1))
    printf 'FAIL  %s\n' "$name"
    sed 's/^/      | /' "$log" | tail -n 40
  fi
}
skip() {
  skipped=$((skipped + 1))
  printf 'SKIP  %-48s (%s)\n' "$1" "$2"
}
have() { command -v "$1" >/dev/null 2>&1; }

# --- scripts, dashboards, compose, workflows (python3 + PyYAML) ---
if have python3 && python3 -c 'import yaml' 2>/dev/null; then
  check "ops self-tests (python3 -m unittest)" python3 -m unittest discover -s ops -p 'test_*.py'
  check "dashboards generated from ops/gen_dashboards.py" python3 ops/gen_dashboards.py --check
  check "dashboards: JSON, panels, queries, datasource" python3 ops/check_dashboards.py
  check "docker-compose.yml structure" python3 ops/check_compose.py docker-compose.yml
  check "GitHub workflows structure" python3 ops/check_workflows.py
  check "k8s PrometheusRule from prometheus/rules" python3 ops/gen_prometheus_rule.py --check
  check "docker-compose.yml env binds, datasources" python3 ops/check_env_bindings.py --compose docker-compose.yml --label compose
else
  for c in "ops self-tests" "dashboards" "docker-compose.yml structure" "GitHub workflows structure" \
    "k8s PrometheusRule" "docker-compose.yml env binds"; do
    skip "$c" "python3 with PyYAML not found: apt-get install -y python3-yaml"
  done
fi
check "k8s retrain.py is ops/retrain.py" cmp ops/retrain.py k8s/base/retrain.py

# --- Prometheus ---
if have promtool; then
  check "promtool check config prometheus/prometheus.yml" promtool check config prometheus/prometheus.yml
  k8s_log="$logs/promtool-k8s.log"
  if promtool check config prometheus/prometheus-k8s.yml >"$k8s_log" 2>&1; then
    check "promtool check config prometheus/prometheus-k8s.yml" true
  elif grep -q 'kubernetes_sd_configs not found' "$k8s_log"; then
    skip "promtool check config prometheus/prometheus-k8s.yml" "this promtool is built without Kubernetes discovery (Debian's is)"
  else
    check "promtool check config prometheus/prometheus-k8s.yml" promtool check config prometheus/prometheus-k8s.yml
  fi
  check "promtool check rules" promtool check rules prometheus/rules/*.yml
  check "promtool test rules" promtool test rules prometheus/tests/*.test.yml
else
  skip "promtool checks and rule tests" "promtool not found: apt-get install -y prometheus"
fi

# --- Kubernetes ---
if have kubectl; then
  for overlay in k8s/overlays/*/; do
    overlay="${overlay%/}"
    name="${overlay##*/}"
    if have python3 && python3 -c 'import yaml' 2>/dev/null; then
      check "kubectl kustomize $overlay + checks" bash -c "set -o pipefail; kubectl kustomize '$overlay' | python3 ops/check_k8s.py '$name'"
      check "kubectl kustomize $overlay env binds, datasources" bash -c "set -o pipefail; kubectl kustomize '$overlay' | python3 ops/check_env_bindings.py --k8s - --label '$name'"
    else
      check "kubectl kustomize $overlay" kubectl kustomize "$overlay"
    fi
  done
else
  skip "kubectl kustomize k8s/overlays/*" "kubectl not found"
fi

# --- Terraform ---
if have terraform; then
  check "terraform fmt -check -recursive terraform/" terraform fmt -check -recursive -diff terraform
  example="$logs/remote-state.tf"
  cp terraform/remote-state.tf.example "$example"
  check "terraform fmt -check remote-state.tf.example" terraform fmt -check -diff "$example"
  if curl -fsS -m 5 -o /dev/null https://registry.terraform.io/.well-known/terraform.json 2>/dev/null; then
    work="$logs/terraform"
    mkdir -p "$work" && cp terraform/*.tf "$work/"
    check "terraform validate" bash -c "cd '$work' && terraform init -backend=false -input=false >/dev/null && terraform validate"
  else
    skip "terraform validate" "registry.terraform.io unreachable: providers cannot be downloaded"
  fi
else
  skip "terraform fmt / validate" "terraform not found"
fi

# --- Jib image tars ---
# images/check-images.sh builds each image (on a base built from Debian packages where no registry is reachable) and
# runs it under chroot until it is live; services with a database need ./loadcast up first, or are skipped there.
services=(ingest-service forecast-service rag-service guardrail-service registry-service)
declare -A ports=([ingest-service]=8081 [forecast-service]=8082 [rag-service]=8083 [guardrail-service]=8084 [registry-service]=8085)
jib_label="Jib image tars built and run (5 images)"
jib_build() {
  local rc=0
  images/check-images.sh "${services[@]}" || rc=1
  for s in "${services[@]}"; do
    python3 - "$s" "${ports[$s]}" <<'PY' || rc=1
import json, sys, tarfile
name, port = sys.argv[1], sys.argv[2]
try:
    with tarfile.open(f"{name}/target/jib-image.tar") as tar:
        manifest = json.load(tar.extractfile("manifest.json"))[0]
        config = json.load(tar.extractfile(manifest["Config"]))["config"]
except (OSError, KeyError) as e:
    sys.exit(f"{name}: no image tar ({e})")
problems = [p for p, ok in (
    (f"tag {manifest['RepoTags']}", manifest["RepoTags"][0].startswith(f"loadcast/{name}:")),
    (f"user {config.get('User')}", config.get("User") == "1000:1000"),
    (f"ports {list(config.get('ExposedPorts', {}))}", f"{port}/tcp" in config.get("ExposedPorts", {})),
) if not ok]
print(f"{name}: {manifest['RepoTags'][0]}, user {config.get('User')}, port {port}" + (f" WRONG: {problems}" if problems else ""))
sys.exit(1 if problems else 0)
PY
  done
  return $rc
}
if [[ ! -x ./mvnw ]]; then
  skip "Jib tar builds" "./mvnw not found"
elif [[ $EUID -ne 0 ]] || ! have debootstrap; then
  skip "Jib tar builds" "needs root and debootstrap to build the base image and run the images"
elif [[ "${LOADCAST_SKIP_JIB:-0}" == 1 ]]; then
  skip "Jib tar builds" "LOADCAST_SKIP_JIB=1"
else
  check "$jib_label" jib_build
fi

echo "deployment checks: $passed passed, $skipped skipped, $failed failed"
((failed == 0))
