#!/usr/bin/env python3
"""Replica checks against the running compose stack (./loadcast compose up), one CI line each (PASS/FAIL).

Each replica is reached at its container's own address (docker inspect), the pair through its proxy on the host.
  rag        a document uploaded through rag-service-a is retrieved through rag-service-b within 30 s; deleted
             through b, it is gone from a within 30 s
  forecast   forecast-service-a and -b answer the same forecast (version and points) for one series and origin
  retrain    one POST /api/v1/retraining through the proxy makes exactly one training run
  failover   with ingest-, forecast- and rag-service-a stopped, every request through the proxies succeeds once
             the proxy noticed, and every reading posted is stored; the stopped replicas are started again
usage: replica_checks.py <api-key> <series-with-a-model> [check ...]     exit 1 when any check fails
"""
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

COMPOSE = ["docker-compose", "-p", "loadcast", "--env-file", ".loadcast/compose.env", "-f", "docker-compose.yml",
           "-f", "docker-compose.local.yml"]
PORTS = {"ingest": 8081, "forecast": 8082, "rag": 8083}


def replica_url(service, replica):
    cid = subprocess.check_output(COMPOSE + ["ps", "-q", f"{service}-service-{replica}"], text=True).strip()
    ip = subprocess.check_output(
        ["docker", "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", cid], text=True).strip()
    return f"http://{ip}:{PORTS[service]}"


def proxy_url(service):
    return f"http://localhost:{PORTS[service]}"


def call(method, url, key, body=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", "X-Api-Key": key})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            text = answer.read().decode()
            return answer.status, json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def until(seconds, probe):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if probe():
            return True
        time.sleep(1)
    return False


def retrieved(base, key, doc_id, phrase):
    status, body = call("POST", base + "/api/v1/retrieve", key, {"query": phrase, "topK": 5})
    return status == 200 and any(r["documentId"] == doc_id for r in body["results"])


def check_rag(key, series):
    a, b = replica_url("rag", "a"), replica_url("rag", "b")
    doc_id = f"replica-check-{uuid.uuid4()}"
    phrase = f"zebra kettle {uuid.uuid4().hex[:8]} harmonic substation"
    status, body = call("POST", a + "/api/v1/documents", key,
                        [{"id": doc_id, "title": "Replica check", "text": f"The {phrase} manual says hello."}])
    if status not in (200, 201):
        return f"upload through rag-service-a answered {status}: {body}"
    start = time.time()
    if not until(30, lambda: retrieved(b, key, doc_id, phrase)):
        return "uploaded through rag-service-a, not retrieved through rag-service-b within 30 s"
    seen = time.time() - start
    status, body = call("DELETE", b + "/api/v1/documents/" + doc_id, key)
    if status != 204:
        return f"delete through rag-service-b answered {status}: {body}"
    if not until(30, lambda: not retrieved(a, key, doc_id, phrase)):
        return "deleted through rag-service-b, still retrieved through rag-service-a after 30 s"
    return f"ok: uploaded through a, retrieved through b after {seen:.1f} s; deleted through b, gone from a"


def check_forecast(key, series):
    origin = (datetime.now(timezone.utc) - timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    request = {"seriesId": series, "origin": origin.strftime("%Y-%m-%dT%H:%M:%SZ"), "horizon": 48}
    answers = [call("POST", replica_url("forecast", r) + "/api/v1/forecasts", key, request) for r in "ab"]
    if any(status != 200 for status, _ in answers):
        return f"forecasts answered {[s for s, _ in answers]}: {answers}"
    (_, fa), (_, fb) = answers
    if fa["modelVersion"] != fb["modelVersion"] or fa["points"] != fb["points"]:
        return f"replicas disagree: a {fa['modelVersion']} {fa['points'][:1]}, b {fb['modelVersion']} {fb['points'][:1]}"
    return f"ok: both replicas serve {series} v{fa['modelVersion']} with the same {len(fa['points'])} points"


def runs_of(key, series):
    status, body = call("GET", proxy_url("forecast") + f"/api/v1/training-runs?seriesId={series}&limit=200", key)
    return {run["id"] for run in body} if status == 200 else set()


def check_retrain(key, series):
    before = runs_of(key, series)
    status, body = call("POST", proxy_url("forecast") + "/api/v1/retraining", key,
                        {"seriesIds": [series], "reason": "MANUAL"})
    if status != 202:
        return f"retraining answered {status}: {body}"
    if not until(120, lambda: len(runs_of(key, series) - before) >= 1):
        return "no training run within 120 s"
    time.sleep(20)  # a second consumer of the same request would have started its run by now
    new = runs_of(key, series) - before
    return f"ok: one request, one training run ({next(iter(new))})" if len(new) == 1 else f"{len(new)} runs: {new}"


def check_failover(key, series):
    for service in PORTS:
        subprocess.check_call(COMPOSE + ["stop", f"{service}-service-a"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        failures, sent = [], []
        start = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0) - timedelta(days=400)
        for i in range(20):
            at = (start + timedelta(minutes=30 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            status, body = call("POST", proxy_url("ingest") + "/api/v1/readings", key, {"readings": [
                {"seriesId": "REPLICA-CHECK", "timestamp": at, "value": 1000.0 + i, "unit": "MW"}]})
            sent.append(at) if status == 200 else failures.append(f"reading {i}: {status} {body}")
            for service, path in (("forecast", "/actuator/health/readiness"), ("rag", "/actuator/health/readiness")):
                status, _ = call("GET", proxy_url(service) + path, key)
                if status != 200:
                    failures.append(f"{service} {path}: {status}")
        end = (start + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        status, body = call("GET", proxy_url("ingest") + "/api/v1/series/REPLICA-CHECK/readings?from="
                            + start.strftime("%Y-%m-%dT%H:%M:%SZ") + "&to=" + end, key)
        stored = len(body["readings"]) if status == 200 else 0
        if failures or stored != len(sent) or len(sent) != 20:
            return f"{len(failures)} failed requests {failures[:3]}, {stored} of {len(sent)} readings stored"
        return f"ok: 60 requests through the proxies with replica a stopped, none failed; 20 of 20 readings stored"
    finally:
        for service in PORTS:
            subprocess.call(COMPOSE + ["start", f"{service}-service-a"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


CHECKS = {"rag": check_rag, "forecast": check_forecast, "retrain": check_retrain, "failover": check_failover}


def main(key, series, names):
    failed = 0
    for name in names or CHECKS:
        try:
            result = CHECKS[name](key, series)
        except Exception as e:  # a check that cannot run is a failed check, reported by name
            result = f"error: {e!r}"
        passed = result.startswith("ok")
        failed += not passed
        print(f"REPLICA CHECK {name}: {'PASS' if passed else 'FAIL'} - {result}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
