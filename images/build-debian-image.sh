#!/usr/bin/env bash
# Loads loadcast/debian:bookworm into the Docker engine: Debian bookworm from debootstrap --variant=minbase and
# nothing else (no registry is needed). The clean-machine check runs in it, and the locally built images of
# docker-compose.override.yml start from it. Needs root, debootstrap and a Docker engine; cached by image name.
set -euo pipefail
image="loadcast/debian:bookworm"
if docker image inspect "$image" >/dev/null 2>&1; then echo "$image"; exit 0; fi
command -v debootstrap >/dev/null || { echo "debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
start=$(date +%s)
debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/*
tar -C "$work/rootfs" --numeric-owner -c . \
  | docker import -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' -c 'ENV LANG=C.UTF-8' \
      -c 'CMD ["/bin/bash"]' - "$image" >/dev/null
echo "== $image built from debootstrap in $(( $(date +%s) - start )) s" >&2
echo "$image"
