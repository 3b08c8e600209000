#!/usr/bin/env python3
"""Checks that the environment compose and k8s give each service binds to that service's configuration.

For every container running a loadcast module (image loadcast/<module>):
- a module with src/main/resources/db/migration gets SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD;
- every environment variable binds to a property of the service (Spring relaxed binding: LOADCAST_FORECAST_INGEST_URL
  -> loadcast.forecast.ingest-url), known from the module's application.yml (its keys and its ${VAR} placeholders),
  the @ConfigurationProperties records of the module and of service-starter, and the Spring namespaces its starters
  bring (spring.kafka only with the Kafka starter); a short list of JVM and platform variables is allowed.
Usage: check_env_bindings.py [--compose docker-compose.yml] [--k8s rendered.yaml|-] [--label name]
Prints one line per problem; exit 1 if any.
"""
import argparse
import re
import sys
from pathlib import Path

import yaml

from config_properties import module_properties

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = re.compile(r"^(JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|JAVA_OPTS|AWS_[A-Z0-9_]+|TZ|LANG|HOSTNAME)$")
DATASOURCE = ("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")
IMAGE = re.compile(r"(?:^|/)loadcast/([a-z-]+)(?::|$)")


def squash(name):
    """Relaxed binding compared without separators: an environment variable may write a property's dashes as
    underscores or drop them (SPRING_KAFKA_BOOTSTRAP_SERVERS and SPRING_KAFKA_BOOTSTRAPSERVERS both bind)."""
    return re.sub(r"[-_.\[\]]+", "", name.lower())


def binds(var, props):
    """Whether environment variable var binds to one of the module's properties."""
    if var in props.placeholders or ALLOWED.match(var):
        return True
    key = squash(var)
    return key in {squash(p) for p in props.exact} or any(key.startswith(squash(p)) for p in props.open_prefixes)


def compose_containers(path):
    doc = yaml.safe_load(Path(path).read_text()) or {}
    for name, svc in (doc.get("services") or {}).items():
        env = svc.get("environment") or {}
        names = [e.split("=", 1)[0] for e in env] if isinstance(env, list) else list(env)
        yield f"compose {name}", svc.get("image") or "", names


def k8s_containers(text):
    objects = [o for o in yaml.safe_load_all(text) if o]
    maps = {o["metadata"]["name"]: (o.get("data") or {}) for o in objects if o["kind"] == "ConfigMap"}
    for o in objects:
        if o["kind"] not in ("Deployment", "StatefulSet"):
            continue
        for c in o["spec"]["template"]["spec"]["containers"]:
            names = [e["name"] for e in c.get("env", [])]
            for source in c.get("envFrom", []):
                ref = (source.get("configMapRef") or {}).get("name")
                names += list(maps.get(ref, {}))
            yield f"k8s {o['metadata']['name']}", c.get("image", ""), names


def problems(containers):
    cache = {}
    for where, image, names in containers:
        match = IMAGE.search(image)
        module = match and match.group(1)
        if not module or not (ROOT / module / "pom.xml").exists():
            continue
        props = cache.setdefault(module, module_properties(ROOT, module))
        if (ROOT / module / "src/main/resources/db/migration").is_dir():
            for var in DATASOURCE:
                if var not in names:
                    yield f"{where}: {module} owns Flyway migrations but gets no {var}"
        for var in names:
            if not binds(var, props):
                yield f"{where}: {var} binds to no property of {module}"


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--compose")
    parser.add_argument("--k8s")
    parser.add_argument("--label", default="env")
    args = parser.parse_args(argv)
    containers = []
    if args.compose:
        containers += compose_containers(args.compose)
    if args.k8s:
        containers += k8s_containers(sys.stdin.read() if args.k8s == "-" else Path(args.k8s).read_text())
    found = list(problems(containers))
    for line in found:
        print(f"{args.label}: {line}")
    print(f"{args.label}: {len(containers)} containers, {len(found)} unbound or missing settings")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
