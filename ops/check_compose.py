#!/usr/bin/env python3
"""Structural check of docker-compose.yml for machines without a Docker engine.

Checks what `docker compose config` cannot tell without running anything we care about: every service is in
a known profile, has a healthcheck (one-shot jobs excepted) and a memory limit, every depends_on names a
service and waits on service_healthy (or service_completed_successfully for one-shot jobs), the five
services use the Jib image names and the Actuator readiness probe on their port, and no secret is a literal.
A service may run as two replicas <name>-a and <name>-b behind a proxy named <name> on the same port: then the
replicas are checked as the service, and the proxy must wait for both and probe readiness through itself.
Usage: check_compose.py [docker-compose.yml]; prints one line per problem, exit 1 if any.
"""
import re
import sys

import yaml

PROFILES = {"infra", "apps", "monitoring"}
SERVICES = {"ingest-service": 8081, "forecast-service": 8082, "rag-service": 8083,
            "guardrail-service": 8084, "registry-service": 8085}
REQUIRED = {"kafka", "postgres", "s3", "prometheus", "grafana", *SERVICES}
ONE_SHOT = {"s3-bucket"}
SECRET_KEY = re.compile(r"PASSWORD|SECRET|CREDENTIAL|API_KEY|TOKEN|ACCESS_KEY|IDENTITY", re.I)
FROM_ENV = re.compile(r"^\$\{[A-Z0-9_]+(:?[?-][^}]*)?\}$")


def problems(doc):
    services = doc.get("services") or {}
    yield from (f"missing service {name}" for name in sorted(REQUIRED - services.keys()))
    for name, svc in services.items():
        profiles = set(svc.get("profiles") or [])
        if not profiles or not profiles <= PROFILES:
            yield f"{name}: profiles {sorted(profiles)} not within {sorted(PROFILES)}"
        limit = ((svc.get("deploy") or {}).get("resources") or {}).get("limits", {}).get("memory") or svc.get("mem_limit")
        if not limit:
            yield f"{name}: no memory limit"
        if name not in ONE_SHOT and not (svc.get("healthcheck") or {}).get("test"):
            yield f"{name}: no healthcheck"
        for dep, cond in (svc.get("depends_on") or {}).items():
            if dep not in services:
                yield f"{name}: depends on unknown service {dep}"
            wanted = "service_completed_successfully" if dep in ONE_SHOT else "service_healthy"
            if not isinstance(cond, dict) or cond.get("condition") != wanted:
                yield f"{name}: depends_on {dep} must use condition {wanted}"
        env = svc.get("environment") or {}
        if isinstance(env, list):
            env = dict(e.split("=", 1) if "=" in e else (e, None) for e in env)
        for key, value in env.items():
            if SECRET_KEY.search(key) and value is not None and not FROM_ENV.match(str(value)):
                yield f"{name}: {key} is a literal; take it from the environment (${{VAR:?...}})"
        base = re.sub(r"-[ab]$", "", name)
        if name in SERVICES and f"{name}-a" in services:
            port = SERVICES[name]
            if set(svc.get("depends_on") or {}) != {f"{name}-a", f"{name}-b"}:
                yield f"{name}: the proxy must wait for {name}-a and {name}-b"
            test = " ".join(map(str, (svc.get("healthcheck") or {}).get("test", [])))
            if f":{port}/actuator/health/readiness" not in test:
                yield f"{name}: the proxy's healthcheck must probe readiness through port {port}"
        elif base in SERVICES:
            name = base
            port = SERVICES[name]
            if not re.fullmatch(rf"loadcast/{name}:\$\{{LOADCAST_VERSION:-[^}}]+\}}", svc.get("image", "")):
                yield f"{name}: image must be loadcast/{name}:${{LOADCAST_VERSION:-...}} (the Jib image)"
            if "apps" not in profiles:
                yield f"{name}: not in profile apps"
            test = " ".join(map(str, svc.get("healthcheck", {}).get("test", [])))
            if f"/{port}" not in test or "/actuator/health/readiness" not in test:
                yield f"{name}: healthcheck must probe /actuator/health/readiness on {port}"
            deps = svc.get("depends_on") or {}
            if "kafka" not in deps or "postgres" not in deps:
                yield f"{name}: must wait for kafka and postgres"
            if str(svc.get("user")) != "1000:1000":
                yield f"{name}: must run as 1000:1000 like the Jib image"


def main(path):
    with open(path) as f:
        doc = yaml.safe_load(f)
    found = list(problems(doc))
    for line in found:
        print(line)
    print(f"{path}: {len(doc.get('services', {}))} services, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docker-compose.yml"))
