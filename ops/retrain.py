#!/usr/bin/env python3
"""Ask forecast-service to retrain, wait for the run, fail when the new model backtests worse than the champion.

Used by .github/workflows/retrain.yml and by the k8s retraining CronJob/Job (a copy in k8s/base/retrain.py,
kept identical by ops/check-all.sh). Python standard library only.

Steps: (1) read the champion's backtest metric from registry-service's MLflow REST API (alias -> version ->
run -> metric), before training so that a promotion during the run cannot move the bar; (2) POST
/api/v1/retraining on forecast-service; (3) poll GET /api/v1/training-runs/{id} until SUCCEEDED or FAILED;
(4) compare the run's backtest metric with the champion's (lower is better).

Environment:
  LOADCAST_FORECAST_URL   forecast-service base URL (required)
  LOADCAST_REGISTRY_URL   registry-service base URL (required)
  LOADCAST_API_KEY        a key with role EDIT (required; from a secret, never from the repository)
  RETRAIN_SERIES          comma-separated series ids (default GB-ND)
  RETRAIN_REASON          SCHEDULE | CI | MANUAL (default SCHEDULE)
  RETRAIN_MODEL_NAME      registered model (default forecast-<first series, lower case>, forecast-service's rule)
  RETRAIN_METRIC          backtest metric compared, lower is better (default mape)
  RETRAIN_CHAMPION_ALIAS  default champion
  RETRAIN_TOLERANCE       relative slack over the champion (default 0: must be no worse)
  RETRAIN_TIMEOUT_SECONDS how long to wait for the run (default 3600); RETRAIN_POLL_SECONDS (default 15)
Exit codes: 0 new model no worse (or no champion yet), 1 worse or the run failed, 2 usage or API error,
3 timed out.
"""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def env(name, default=None):
    value = os.environ.get(name, default)
    if value is None or value == "":
        raise SystemExit(f"retrain: {name} is not set")
    return value


def call(method, url, key, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "X-Api-Key": key, "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"{}"), response.headers
    except urllib.error.HTTPError as e:
        raise ApiError(e.code, f"{method} {url} answered {e.code}: {e.read().decode(errors='replace')[:2000]}")
    except urllib.error.URLError as e:
        raise ApiError(0, f"{method} {url} failed: {e.reason}")


def champion_metric(registry, key, model, alias, metric):
    """(version, value) of the alias's run metric, or None when the model has no such alias yet."""
    query = urllib.parse.urlencode({"name": model, "alias": alias})
    try:
        found, _ = call("GET", f"{registry}/api/2.0/mlflow/registered-models/alias?{query}", key)
    except ApiError as e:
        if e.status == 404:
            return None
        raise
    version = found.get("model_version") or {}
    run_id = version.get("run_id")
    if not run_id:
        raise ApiError(0, f"champion {model}@{alias} has no run_id: {json.dumps(found)[:500]}")
    run, _ = call("GET", f"{registry}/api/2.0/mlflow/runs/get?run_id={urllib.parse.quote(run_id)}", key)
    metrics = {m["key"]: m["value"] for m in (run.get("run", {}).get("data", {}).get("metrics") or [])}
    if metric not in metrics:
        raise ApiError(0, f"champion run {run_id} has no metric {metric!r} (has {sorted(metrics)[:10]})")
    return version.get("version"), float(metrics[metric])


def run_url(base, started, headers):
    location = headers.get("Location")
    if location:
        return location if location.startswith("http") else f"{base}{location}"
    run_id = started.get("runId") or started.get("id")
    if run_id:
        return f"{base}/api/v1/training-runs/{urllib.parse.quote(str(run_id))}"
    raise ApiError(0, "POST /api/v1/retraining answered no run to follow (neither a Location header nor "
                      f"runId/id): {json.dumps(started)}")


def main():
    base = env("LOADCAST_FORECAST_URL").rstrip("/")
    registry = env("LOADCAST_REGISTRY_URL").rstrip("/")
    key = env("LOADCAST_API_KEY")
    series = [s.strip() for s in env("RETRAIN_SERIES", "GB-ND").split(",") if s.strip()]
    model = env("RETRAIN_MODEL_NAME", f"forecast-{series[0].lower()}")
    metric = env("RETRAIN_METRIC", "mape")
    alias = env("RETRAIN_CHAMPION_ALIAS", "champion")
    tolerance = float(env("RETRAIN_TOLERANCE", "0"))
    timeout = float(env("RETRAIN_TIMEOUT_SECONDS", "3600"))
    poll = float(env("RETRAIN_POLL_SECONDS", "15"))

    champion = champion_metric(registry, key, model, alias, metric)
    print(f"retrain: {model}@{alias} " + (f"is version {champion[0]}, {metric} {champion[1]}" if champion
                                          else "does not exist yet"))
    started, headers = call("POST", f"{base}/api/v1/retraining", key,
                            {"seriesIds": series, "reason": env("RETRAIN_REASON", "SCHEDULE")})
    url = run_url(base, started, headers)
    print(f"retrain: started {url} for {series}")

    deadline = time.monotonic() + timeout
    while True:
        run, _ = call("GET", url, key)
        status = str(run.get("status") or "")
        if status in ("SUCCEEDED", "FAILED"):
            break
        if time.monotonic() > deadline:
            print(f"retrain: still {status or 'unknown'} after {timeout:.0f}s")
            return 3
        time.sleep(poll)
    if status == "FAILED":
        print(f"retrain: run {run.get('id')} failed: {run.get('error')}")
        return 1

    candidate = (run.get("backtest") or {}).get(metric)
    if candidate is None:
        print(f"retrain: run {run.get('id')} succeeded without a backtest {metric}: {json.dumps(run)[:2000]}")
        return 2
    label = f"new version {run.get('modelVersion')} backtest {metric} {candidate}"
    if champion is None:
        print(f"retrain: {label}; no champion to compare with, passing")
        return 0
    limit = champion[1] * (1 + tolerance)
    better = float(candidate) <= limit
    print(f"retrain: {label} is {'no worse than' if better else 'WORSE than'} champion version {champion[0]}'s "
          f"{champion[1]} (tolerance {tolerance:.0%})")
    return 0 if better else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ApiError as e:
        print(f"retrain: {e}")
        sys.exit(2)
