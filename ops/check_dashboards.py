#!/usr/bin/env python3
"""Grafana dashboards: valid JSON, unique uids and panel ids, every panel with at least one query (expr) on the
provisioned Prometheus data source (uid prometheus), and the dashboards the deployment docs promise."""
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROMISED = {"service-ingest.json", "service-forecast.json", "service-rag.json", "service-guardrail.json",
            "service-registry.json", "ml.json", "llm.json", "ingest.json"}


def problems():
    boards = sorted((ROOT / "grafana" / "dashboards").glob("*.json"))
    yield from (f"missing dashboard {n}" for n in sorted(PROMISED - {p.name for p in boards}))
    uids = {}
    for path in boards:
        try:
            board = json.loads(path.read_text())
        except json.JSONDecodeError as e:
            yield f"{path.name}: invalid JSON: {e}"
            continue
        if board.get("uid") in uids:
            yield f"{path.name}: uid {board.get('uid')} also used by {uids[board['uid']]}"
        uids[board.get("uid")] = path.name
        ids = set()
        panels = board.get("panels") or []
        if not panels:
            yield f"{path.name}: no panels"
        for panel in panels:
            title = panel.get("title", "?")
            if panel.get("id") in ids:
                yield f"{path.name}: duplicate panel id {panel.get('id')}"
            ids.add(panel.get("id"))
            if panel.get("type") == "row":
                continue
            exprs = [t.get("expr") for t in panel.get("targets") or [] if t.get("expr")]
            if not exprs:
                yield f"{path.name}: panel '{title}' has no query"
            if (panel.get("datasource") or {}).get("uid") != "prometheus":
                yield f"{path.name}: panel '{title}' is not on data source uid prometheus"
    source = yaml.safe_load((ROOT / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text())
    if not any(d.get("uid") == "prometheus" for d in source.get("datasources", [])):
        yield "grafana/provisioning/datasources/prometheus.yml does not define uid prometheus"
    print(f"dashboards: {len(boards)} files, {len(uids)} uids")


if __name__ == "__main__":
    found = list(problems())
    for line in found:
        print(line)
    sys.exit(1 if found else 0)
