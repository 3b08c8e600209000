#!/usr/bin/env bash
# Runs a Jib image tar without a container engine: unpacks its layers into a root file system, starts its entrypoint
# there with chroot (as the image's user, with its environment) and waits until /actuator/health/liveness answers UP.
# Proves that the image holds a working runtime and application, not only that a tar was written. Needs root.
# usage: images/smoke-test-image.sh <module>/target/jib-image.tar <port> [KEY=VALUE ...]
set -euo pipefail
image="$(readlink -f "$1")"; port="$2"; shift 2
work="$(mktemp -d)"; rootfs="$work/rootfs"; mkdir -p "$rootfs"
pid=""
cleanup() {
  [[ -n "$pid" ]] && kill -- -"$pid" 2>/dev/null || true
  sleep 1
  umount "$rootfs/proc" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

tar -C "$work" -xf "$image" manifest.json
read -r -a layers < <(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$work/manifest.json")
config_name="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Config"])' "$work/manifest.json")"
tar -C "$work" -xf "$image" "$config_name" "${layers[@]}"
for layer in "${layers[@]}"; do tar --warning=no-unknown-keyword -C "$rootfs" -xf "$work/$layer"; done

mapfile -t env < <(python3 -c 'import json,sys; [print(e) for e in json.load(open(sys.argv[1]))["config"].get("Env", [])]' "$work/$config_name")
mapfile -t entrypoint < <(python3 -c 'import json,sys; [print(a) for a in json.load(open(sys.argv[1]))["config"]["Entrypoint"]]' "$work/$config_name")
user="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["config"].get("User") or "0:0")' "$work/$config_name")"
workdir="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["config"].get("WorkingDir") or "/")' "$work/$config_name")"

mount -t proc proc "$rootfs/proc"
mkdir -p "$rootfs/tmp" && chmod 1777 "$rootfs/tmp"
echo "== starting ${entrypoint[*]} as $user in the image's root file system"
setsid chroot --userspec="$user" "$rootfs" /usr/bin/env -i "${env[@]}" HOME=/home/loadcast SERVER_PORT="$port" "$@" \
  /bin/sh -c "cd '$workdir' && exec \"\$@\"" sh "${entrypoint[@]}" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$port/actuator/health/liveness" 2>/dev/null | grep -q '"UP"'; then
    echo "PASS: $(basename "$(dirname "$(dirname "$image")")") image is live on port $port"
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
echo "FAIL: the image did not become live; last log lines:" >&2
tail -30 "$work/app.log" >&2
exit 1
