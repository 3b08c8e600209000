#!/usr/bin/env python3
"""Metric names used by the Grafana dashboards and the Prometheus rules.

PromQL has no name-only parser in Python's standard library, so this strips what cannot be a metric
name (strings, label matchers, ranges, grouping label lists, Grafana variables, function calls) and
keeps the remaining identifiers. Usage: promql_names.py [repo-root]  -> "name<TAB>where" per use.
"""
import json
import pathlib
import re
import sys

import yaml

KEYWORDS = {
    "and", "or", "unless", "offset", "bool", "by", "without", "on", "ignoring",
    "group_left", "group_right", "inf", "nan", "atan2", "start", "end",
}
GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
STRINGS = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`[^`]*`')
VARIABLES = re.compile(r"\$\{[^}]*\}|\$\w+")
IDENT = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*")
LABEL_VALUES = re.compile(r"^\s*label_values\(\s*([^,]+?)\s*,\s*\w+\s*\)\s*$")


def names_in(expr):
    """Metric names referenced by one PromQL expression."""
    lv = LABEL_VALUES.match(expr)
    if lv:
        expr = lv.group(1)
    elif re.match(r"^\s*label_values\(\s*\w+\s*\)\s*$", expr):
        return set()
    text = STRINGS.sub('""', expr)
    text = re.sub(r"\{[^}]*\}", " ", VARIABLES.sub("1m", text))
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = GROUPING.sub(" ", text)
    found = set()
    for m in IDENT.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "."):
            continue  # the tail of a number or duration such as 5m, 1e3
        rest = text[m.end():].lstrip()
        if rest.startswith("("):
            continue  # a function or an aggregation
        if m.group(0).lower() in KEYWORDS:
            continue
        found.add(m.group(0))
    return found


def dashboard_exprs(path):
    board = json.loads(path.read_text())
    for panel in walk_panels(board.get("panels", [])):
        for target in panel.get("targets", []):
            if target.get("expr"):
                yield f"{path.name}: panel '{panel.get('title')}'", target["expr"]
    for var in board.get("templating", {}).get("list", []):
        query = var.get("query")
        if isinstance(query, dict):
            query = query.get("query")
        if var.get("type") == "query" and query:
            yield f"{path.name}: variable '{var.get('name')}'", query


def walk_panels(panels):
    for panel in panels:
        yield panel
        yield from walk_panels(panel.get("panels", []))


def rule_exprs(path):
    """(where, expr) per rule, and the names recording rules define."""
    doc = yaml.safe_load(path.read_text()) or {}
    records, exprs = set(), []
    for group in doc.get("groups", []):
        for rule in group.get("rules", []):
            name = rule.get("record") or rule.get("alert")
            if rule.get("record"):
                records.add(rule["record"])
            exprs.append((f"{path.name}: {group['name']}/{name}", str(rule["expr"])))
    return exprs, records


def collect(root):
    """({name: [where, ...]}, recorded names) over every dashboard and rule file."""
    root = pathlib.Path(root)
    uses, recorded = {}, set()
    sources = []
    for path in sorted((root / "grafana" / "dashboards").glob("*.json")):
        sources.extend(dashboard_exprs(path))
    for path in sorted((root / "prometheus" / "rules").glob("*.yml")):
        exprs, records = rule_exprs(path)
        sources.extend(exprs)
        recorded |= records
    for where, expr in sources:
        for name in names_in(expr):
            uses.setdefault(name, []).append(where)
    return uses, recorded


if __name__ == "__main__":
    uses, recorded = collect(sys.argv[1] if len(sys.argv) > 1 else ".")
    for name in sorted(uses):
        kind = "recorded" if name in recorded else "scraped"
        print(f"{name}\t{kind}\t{len(uses[name])} uses")
