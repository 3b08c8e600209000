#!/usr/bin/env bash
# Builds target/base-image/loadcast-jre17.tar, a base image in `docker save` layout, from Debian's packages and the
# local JDK: Debian bookworm (debootstrap --variant=minbase) plus a jlink'ed Java 17 runtime at /opt/java/openjdk,
# the layout of eclipse-temurin:17-jre. Jib uses it with -Djib.from.image=tar://... where no container registry is
# reachable (no Docker engine is needed either way). Needs root and debootstrap; the result is cached.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/target/base-image"
image="$out/loadcast-jre17.tar"
[[ -f "$image" ]] && { echo "$image"; exit 0; }

command -v debootstrap >/dev/null || { echo "debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
rootfs="$out/rootfs"
rm -rf "$out" && mkdir -p "$out"

debootstrap --variant=minbase --include=ca-certificates bookworm "$rootfs" http://deb.debian.org/debian >"$out/debootstrap.log" 2>&1 \
  || { tail -20 "$out/debootstrap.log" >&2; exit 1; }
"$java_home/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.management,jdk.naming.dns,jdk.net,jdk.charsets,jdk.security.auth,jdk.zipfs,jdk.jfr,jdk.localedata \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$rootfs/opt/java/openjdk"
echo "loadcast:x:1000:1000:loadcast:/home/loadcast:/usr/sbin/nologin" >>"$rootfs/etc/passwd"
echo "loadcast:x:1000:" >>"$rootfs/etc/group"
mkdir -p "$rootfs/home/loadcast" && chown 1000:1000 "$rootfs/home/loadcast"
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc "$rootfs"/usr/share/man

tar -C "$rootfs" --numeric-owner -cf "$out/layer.tar" .
python3 - "$out" <<'PY'
import hashlib, json, sys, os
out = sys.argv[1]
h = hashlib.sha256()
with open(os.path.join(out, "layer.tar"), "rb") as f:
    for block in iter(lambda: f.read(1 << 20), b""):
        h.update(block)
config = {
    "architecture": "amd64", "os": "linux",
    "config": {"Env": ["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                       "JAVA_HOME=/opt/java/openjdk", "LANG=C.UTF-8"]},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + h.hexdigest()]},
    "history": [{"created_by": "images/build-base-image.sh: debootstrap bookworm minbase + jlink Java 17"}],
}
with open(os.path.join(out, "config.json"), "w") as f:
    json.dump(config, f)
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump([{"Config": "config.json", "RepoTags": ["loadcast/jre17-base:local"], "Layers": ["layer.tar"]}], f)
PY
tar -C "$out" -cf "$image" manifest.json config.json layer.tar
rm -rf "$rootfs" "$out/layer.tar"
echo "$image"
