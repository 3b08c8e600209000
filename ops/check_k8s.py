#!/usr/bin/env python3
"""Checks a rendered overlay (kubectl kustomize k8s/overlays/<name> | check_k8s.py <name>).

Every service Deployment: liveness and readiness on Actuator's probe groups at its port, CPU and memory
requests and a memory limit, non-root, its own HPA (whose minimum is the Deployment's replicas) and
PodDisruptionBudget, a zone spread selecting its own pods; the console's Deployment; no Secret object in the output and
no secret-like environment variable with a literal value (they must use secretKeyRef); a retraining CronJob.
"""
import re
import sys

import yaml

SERVICES = {"ingest-service": 8081, "forecast-service": 8082, "rag-service": 8083,
            "guardrail-service": 8084, "registry-service": 8085, "console": 8080}
SECRET_NAME = re.compile(r"PASSWORD|SECRET|API_KEY|TOKEN|ACCESS_KEY", re.I)


def problems(objects):
    by_kind = {}
    for o in objects:
        by_kind.setdefault(o["kind"], {})[o["metadata"]["name"]] = o
    for name in by_kind.get("Secret", {}):
        yield f"Secret {name} is rendered from git; reference secrets by name only"
    for config in by_kind.get("ConfigMap", {}).values():
        for key in (config.get("data") or {}):
            if SECRET_NAME.search(key):
                yield f"ConfigMap {config['metadata']['name']} holds {key}; use a Secret"
    for name, port in SERVICES.items():
        deploy = by_kind.get("Deployment", {}).get(name)
        if deploy is None:
            yield f"no Deployment {name}"
            continue
        pod = deploy["spec"]["template"]["spec"]
        c = pod["containers"][0]
        ports = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
        if ports.get("http") != port:
            yield f"{name}: container port http must be {port}"
        for probe, path in (("livenessProbe", "/actuator/health/liveness"),
                            ("readinessProbe", "/actuator/health/readiness")):
            get = (c.get(probe) or {}).get("httpGet") or {}
            if get.get("path") != path or get.get("port") not in ("http", port):
                yield f"{name}: {probe} must GET {path} on the http port"
        res = c.get("resources") or {}
        if not {"cpu", "memory"} <= set(res.get("requests") or {}) or "memory" not in (res.get("limits") or {}):
            yield f"{name}: needs cpu and memory requests and a memory limit"
        if not (pod.get("securityContext") or {}).get("runAsNonRoot"):
            yield f"{name}: must run as non-root"
        for var in c.get("env", []):
            if SECRET_NAME.search(var["name"]) and "secretKeyRef" not in (var.get("valueFrom") or {}):
                yield f"{name}: {var['name']} must come from a secretKeyRef"
        hpa = by_kind.get("HorizontalPodAutoscaler", {}).get(name)
        if not hpa or hpa["spec"]["scaleTargetRef"]["name"] != name:
            yield f"{name}: no HorizontalPodAutoscaler"
        elif deploy["spec"].get("replicas") != hpa["spec"].get("minReplicas"):
            yield f"{name}: replicas {deploy['spec'].get('replicas')} differ from the HPA minimum {hpa['spec'].get('minReplicas')}"
        spread = [t for t in pod.get("topologySpreadConstraints", []) if t.get("topologyKey") == "topology.kubernetes.io/zone"]
        own = {"app.kubernetes.io/name": name}
        if not spread or any(t.get("labelSelector", {}).get("matchLabels") != own for t in spread):
            yield f"{name}: needs a zone topologySpreadConstraint selecting app.kubernetes.io/name={name} only"
        if name not in by_kind.get("PodDisruptionBudget", {}):
            yield f"{name}: no PodDisruptionBudget"
    if not by_kind.get("CronJob"):
        yield "no retraining CronJob"


def main(label):
    objects = [o for o in yaml.safe_load_all(sys.stdin) if o]
    found = list(problems(objects))
    for line in found:
        print(f"{label}: {line}")
    print(f"{label}: {len(objects)} objects, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "overlay"))
