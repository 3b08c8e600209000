#!/usr/bin/env bash
# Renames a metric everywhere it is used: ops/expected-metrics.txt, the dashboard generator (then the
# dashboards are regenerated), the Prometheus rules and their tests.
# usage: ops/rename-metric.sh <old_name> <new_name>   (Prometheus names, e.g. loadcast_rag_cost_usd_total)
set -euo pipefail
cd "$(dirname "$0")/.."
(($# == 2)) || { echo "usage: $0 <old_name> <new_name>" >&2; exit 2; }
old="$1" new="$2"
[[ "$old" =~ ^[a-zA-Z_:][a-zA-Z0-9_:]*$ && "$new" =~ ^[a-zA-Z_:][a-zA-Z0-9_:]*$ ]] || { echo "not metric names" >&2; exit 2; }
files=(ops/expected-metrics.txt ops/gen_dashboards.py prometheus/rules/*.yml prometheus/tests/*.yml)
# \b keeps loadcast_x from matching loadcast_x_total; histogram suffixes (_bucket, _sum, _count) follow along
grep -lE -- "\\b${old}(_bucket|_count|_sum|_max)?\\b" "${files[@]}" | while read -r f; do
  sed -i -E "s/\\b${old}(_bucket|_count|_sum|_max)?\\b/${new}\\1/g" "$f"
  echo "renamed in $f"
done
python3 ops/gen_dashboards.py >/dev/null
echo "dashboards regenerated; run ops/check-all.sh"
