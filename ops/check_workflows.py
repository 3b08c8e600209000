#!/usr/bin/env python3
"""Structural check of .github/workflows/*.yml (no actionlint on this machine).

Each workflow parses, has triggers and jobs; each job has runs-on and steps; each step uses an action
pinned to a version or runs a command; secrets only through ${{ secrets.NAME }}; and the three workflows
do what the deployment docs promise (ci runs the README test command and ops/check-all.sh, images pushes on
tags with Jib, retrain runs by hand with the API key secret; its weekly schedule is the k8s CronJob's alone).
"""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
LITERAL_SECRET = re.compile(r"(api[_-]?key|password|secret|token)\s*[:=]\s*['\"]?[A-Za-z0-9+/]{16,}", re.I)
PROMISES = {
    "ci.yml": ["./mvnw -B verify", "ops/check-all.sh", "ops/check-metric-names.sh"],
    "images.yml": ["jib:build", "tags:"],
    "retrain.yml": ["workflow_dispatch:", "secrets.LOADCAST_API_KEY", "ops/retrain.py"],
}
# one Monday retraining schedule: k8s/base/retrain-cronjob.yaml's
FORBIDDEN = {"retrain.yml": ["schedule:"]}


def problems(path):
    text = path.read_text()
    doc = yaml.safe_load(text)
    triggers = doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` key as true
    if not triggers:
        yield "no triggers (on:)"
    jobs = doc.get("jobs") or {}
    if not jobs:
        yield "no jobs"
    for name, job in jobs.items():
        if "runs-on" not in job:
            yield f"job {name}: no runs-on"
        for i, step in enumerate(job.get("steps") or [], start=1):
            if "uses" in step and not re.search(r"@[\w.-]+$", step["uses"]):
                yield f"job {name} step {i}: action {step['uses']} is not pinned to a version"
            if "uses" not in step and "run" not in step:
                yield f"job {name} step {i}: neither uses nor run"
    if LITERAL_SECRET.search(text):
        yield "looks like a literal secret; use ${{ secrets.NAME }}"
    for needle in PROMISES.get(path.name, []):
        if needle not in text:
            yield f"does not contain {needle!r}"
    for needle in FORBIDDEN.get(path.name, []):
        if needle in text:
            yield f"contains {needle!r}"


def main():
    paths = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    missing = [n for n in PROMISES if not (ROOT / ".github" / "workflows" / n).exists()]
    count = len(missing)
    for name in missing:
        print(f"missing workflow {name}")
    for path in paths:
        for line in problems(path):
            count += 1
            print(f"{path.name}: {line}")
    print(f"workflows: {len(paths)} checked, {count} problems")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
