#!/usr/bin/env python3
"""Compare the metric names used by dashboards and rules with a scrape of the running services.

Usage: check_metric_names.py <repo-root> <scrape-file>... [--warn-only]
Fails (exit 1) when a used name is not exported by any scraped service, or when a loadcast_* name is
used but missing from ops/expected-metrics.txt (the one list to reconcile with the services).
"""
import pathlib
import re
import sys

from promql_names import collect

SUFFIXES = ("_bucket", "_count", "_sum", "_max")


def exported(paths):
    """Every sample name in Prometheus text-format scrapes (histogram series are listed one by one)."""
    names, types = set(), {}
    for path in paths:
        for line in pathlib.Path(path).read_text().splitlines():
            if line.startswith("# TYPE "):
                _, _, name, kind = line.split(maxsplit=3)
                types[name] = kind
            elif line and not line.startswith("#"):
                names.add(re.split(r"[{\s]", line, maxsplit=1)[0])
    return names, types


def expected(root):
    """{name: status} from ops/expected-metrics.txt (status: source or pending)."""
    listed = {}
    for line in (pathlib.Path(root) / "ops" / "expected-metrics.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            fields = line.split()
            listed[fields[0]] = fields[3] if len(fields) > 3 else "?"
    return listed


def base_name(name, listed):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in listed:
            return name[: -len(suffix)]
    return name


def hint(name, names):
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if suffix == "_bucket" and stem + "_count" in names:
                meter = stem.removesuffix("_seconds").replace("_", ".")
                return f" (exported without buckets: set management.metrics.distribution.percentiles-histogram.{meter}=true)"
    return ""


def main(argv):
    warn_only = "--warn-only" in argv
    args = [a for a in argv if a != "--warn-only"]
    root, scrapes = args[0], args[1:]
    uses, recorded = collect(root)
    listed = expected(root)
    names, _ = exported(scrapes)
    problems = 0
    unlisted = sorted(n for n in uses if n.startswith("loadcast_") and n not in recorded
                      and base_name(n, listed) not in listed)
    for name in unlisted:
        problems += 1
        print(f"NOT LISTED  {name} (add it to ops/expected-metrics.txt) used in {uses[name][0]}")
    used_bases = {base_name(n, listed) for n in uses}
    for name in sorted(set(listed) - used_bases):
        print(f"UNUSED      {name} is listed in ops/expected-metrics.txt but no dashboard or rule uses it")
    missing = sorted(n for n in uses if n not in recorded and n not in names and n != "up")
    for name in missing:
        problems += 1
        status = listed.get(base_name(name, listed))
        why = {"pending": " [pending: no service registers it yet]",
               "source": " [in a service's code: no traffic yet, or registered under another name]"}.get(status, "")
        print(f"MISSING     {name}{why}{hint(name, names)}; used in {len(uses[name])} places, e.g. {uses[name][0]}")
    scraped = len([n for n in uses if n not in recorded])
    print(f"metric names: {len(uses)} used ({len(recorded & set(uses))} recorded by rules, {scraped} scraped), "
          f"{scraped - len(missing)} exported, {len(missing)} missing, {len(unlisted)} unlisted; "
          f"{len(names)} series names in {len(scrapes)} scrapes")
    if problems and warn_only:
        print("(--warn-only: not failing)")
        return 0
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
