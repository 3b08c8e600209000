#!/usr/bin/env python3
"""Writes grafana/dashboards/*.json: one dashboard per service, plus ML, LLM and ingest.

The JSON files are committed (Grafana provisioning reads them); edit this script and rerun it rather
than editing the JSON by hand. `gen_dashboards.py --check` fails when the committed files differ.
Metric names: the loadcast_* names must be listed in ops/expected-metrics.txt.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "grafana" / "dashboards"
DS = {"type": "prometheus", "uid": "prometheus"}
SERVICES = [  # module, application tag, owns a database
    ("ingest-service", "loadcast.ingest", True),
    ("forecast-service", "loadcast.forecast", False),
    ("rag-service", "loadcast.rag", False),
    ("guardrail-service", "loadcast.guardrail", True),
    ("registry-service", "loadcast.registry", True),
]


def panel(title, targets, unit="short", kind="timeseries", width=12, description=None):
    result = {
        "type": kind,
        "title": title,
        "datasource": DS,
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "options": {"legend": {"displayMode": "list", "placement": "bottom"}} if kind == "timeseries" else {},
        "targets": [
            {"refId": chr(ord("A") + i), "datasource": DS, "expr": expr, "legendFormat": legend}
            for i, (expr, legend) in enumerate(targets)
        ],
        "_width": width,
    }
    if description:
        result["description"] = description
    return result


def dashboard(uid, title, panels, tags):
    x = y = row_height = 0
    for i, p in enumerate(panels, start=1):
        width = p.pop("_width")
        if x + width > 24:
            x, y = 0, y + row_height
        p["id"] = i
        p["gridPos"] = {"x": x, "y": y, "w": width, "h": 8}
        x, row_height = x + width, 8
    return {
        "uid": uid,
        "title": title,
        "tags": ["loadcast", *tags],
        "timezone": "utc",
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "templating": {"list": [{
            "name": "instance", "type": "query", "datasource": DS, "includeAll": True, "multi": True,
            "refresh": 2, "current": {"text": "All", "value": "$__all"},
            "query": {"query": "label_values(process_uptime_seconds, instance)", "refId": "instance"},
        }]},
        "annotations": {"list": []},
        "panels": panels,
    }


def service_dashboard(module, app, has_db):
    sel = f'application="{app}", instance=~"$instance"'
    http = f'{sel}, uri!~"/actuator.*"'
    panels = [
        panel("Request rate by endpoint", [(
            f"sum by (method, uri) (rate(http_server_requests_seconds_count{{{http}}}[$__rate_interval]))",
            "{{method}} {{uri}}")], unit="reqps"),
        panel("Latency percentiles", [
            (f"histogram_quantile({q}, sum by (le) (rate(http_server_requests_seconds_bucket{{{http}}}[$__rate_interval])))",
             f"p{int(q * 100)}") for q in (0.5, 0.95, 0.99)], unit="s"),
        panel("5xx share", [(
            f'sum(rate(http_server_requests_seconds_count{{{http}, outcome="SERVER_ERROR"}}[$__rate_interval]))'
            f" / sum(rate(http_server_requests_seconds_count{{{http}}}[$__rate_interval]))", "5xx")],
            unit="percentunit"),
        panel("Errors by status and exception", [(
            f'sum by (status, exception) (rate(http_server_requests_seconds_count{{{http}, outcome=~"CLIENT_ERROR|SERVER_ERROR"}}[$__rate_interval]))',
            "{{status}} {{exception}}")], unit="reqps"),
        panel("JVM heap", [
            (f'sum by (instance) (jvm_memory_used_bytes{{{sel}, area="heap"}})', "used {{instance}}"),
            (f'sum by (instance) (jvm_memory_max_bytes{{{sel}, area="heap"}} > 0)', "max {{instance}}")],
            unit="bytes", width=8),
        panel("GC pause time per second", [(
            f"sum by (instance) (rate(jvm_gc_pause_seconds_sum{{{sel}}}[$__rate_interval]))", "{{instance}}")],
            unit="s", width=8),
        panel("CPU and threads", [
            (f"process_cpu_usage{{{sel}}}", "cpu {{instance}}"),
            (f"jvm_threads_live_threads{{{sel}}} / 1000", "threads/1000 {{instance}}")],
            unit="percentunit", width=8),
    ]
    if has_db:
        panels.append(panel("Database connections (HikariCP)", [
            (f"sum by (instance) (hikaricp_connections_active{{{sel}}})", "active {{instance}}"),
            (f"sum by (instance) (hikaricp_connections_pending{{{sel}}})", "pending {{instance}}")], width=12))
    panels.append(panel("Uptime", [(f"process_uptime_seconds{{{sel}}}", "{{instance}}")], unit="s", kind="stat",
                        width=12 if has_db else 24))
    name = module.removesuffix("-service")
    return dashboard(f"loadcast-{name}", f"loadcast / {module}", panels, ["service", name])


def ml_dashboard():
    live_mae = ("sum(rate(loadcast_forecast_live_error_sum[$__rate_interval]))"
                " / sum(rate(loadcast_forecast_live_error_count[$__rate_interval]))")
    panels = [
        panel("Live error against backtest error (MAE, MW)", [
            (live_mae, "live MAE"),
            ("max by (model) (loadcast_forecast_backtest_error)", "backtest MAE {{model}}")],
            description="Absolute error of served forecasts once the readings arrive, against the serving model's "
                        "backtest MAE. Alert LoadcastLiveErrorAboveBacktest fires above 1.5x."),
        panel("Drift scores", [("max by (series, feature, statistic) (loadcast_forecast_drift_score)", "{{series}} {{feature}} {{statistic}}")]),
        panel("Drift detections by statistic", [(
            "sum by (statistic) (increase(loadcast_forecast_drift_events_total[$__rate_interval]))", "{{statistic}}")],
            description="Each is a DriftDetected event on ml.drift.v1; alert LoadcastDriftDetected."),
        panel("Model events seen by forecast-service", [(
            "sum by (outcome) (increase(loadcast_forecast_model_events_total[$__rate_interval]))", "{{outcome}}")]),
        panel("Canary share", [("max by (model) (loadcast_forecast_canary_share)", "{{model}}")],
              unit="percentunit", width=8),
        panel("Version serving", [("max by (model, version, role) (loadcast_forecast_model_serving) > 0",
                                   "{{model}} v{{version}} ({{role}})")], kind="table", width=8),
        panel("Rollbacks in range", [(
            'max(increase(loadcast_forecast_model_events_total{outcome="rollback"}[$__range]))', "rollbacks")],
            kind="stat", width=8),
        panel("Training runs by status (per hour)", [(
            "sum by (status) (increase(loadcast_forecast_training_runs_total[1h]))", "{{status}}")], width=8),
        panel("Retraining requests by reason (per hour)", [(
            "sum by (reason) (increase(loadcast_forecast_retrain_requests_total[1h]))", "{{reason}}")], width=8),
        panel("Same-window takeover decisions (per hour)", [(
            "sum by (outcome) (increase(loadcast_forecast_takeovers_total[1h]))", "{{outcome}}")], width=8,
            description="A model that would take a series over from its current server is backtested with it on "
                        "the same window: took_over, kept (incumbent better by the margin) or not_measured."),
        panel("Forecast serving latency", [
            ("sum(rate(loadcast_forecast_serving_latency_seconds_sum[$__rate_interval]))"
             " / sum(rate(loadcast_forecast_serving_latency_seconds_count[$__rate_interval]))", "mean"),
            ("max(loadcast_forecast_serving_latency_seconds_max)", "max")], unit="s", width=8),
    ]
    return dashboard("loadcast-ml", "loadcast / ML models", panels, ["ml"])


def llm_dashboard():
    panels = [
        panel("Latency by stage (p95)", [(
            "histogram_quantile(0.95, sum by (stage, le) (rate(loadcast_rag_stage_latency_seconds_bucket[$__rate_interval])))",
            "{{stage}}")], unit="s"),
        panel("Mean latency by stage", [(
            "sum by (stage) (rate(loadcast_rag_stage_latency_seconds_sum[$__rate_interval]))"
            " / sum by (stage) (rate(loadcast_rag_stage_latency_seconds_count[$__rate_interval]))", "{{stage}}")],
            unit="s"),
        panel("Tokens per second", [("sum by (kind, provider) (rate(loadcast_rag_tokens_total[$__rate_interval]))",
                                     "{{kind}} {{provider}}")], width=8),
        panel("Cost per hour", [("sum by (provider) (rate(loadcast_rag_cost_total[1h])) * 3600", "{{provider}}")],
              unit="currencyUSD", width=8),
        panel("Cost per answer in range", [(
            "sum(increase(loadcast_rag_cost_total[$__range])) / sum(increase(loadcast_rag_queries_total[$__range]))",
            "per answer")], unit="currencyUSD", kind="stat", width=8),
        panel("Answers blocked by guard check", [(
            "sum by (check) (increase(loadcast_rag_guard_blocks_total[$__rate_interval]))", "{{check}}")], width=8),
        panel("Guardrail violations by type", [(
            "sum by (type, action) (increase(loadcast_guardrail_violations_total[$__rate_interval]))",
            "{{type}} {{action}}")], width=8),
        panel("Guardrail decisions", [(
            "sum by (check, decision) (increase(loadcast_guardrail_decisions_total[$__rate_interval]))",
            "{{check}} {{decision}}")], width=8),
        panel("A/B: answers by variant", [("sum by (variant) (increase(loadcast_rag_queries_total[$__range]))",
                                           "{{variant}}")], kind="table", width=8),
        panel("A/B: positive feedback share", [(
            'sum by (variant) (increase(loadcast_rag_feedback_total{rating="up"}[$__range]))'
            " / sum by (variant) (increase(loadcast_rag_feedback_total[$__range]))", "{{variant}}")],
            unit="percentunit", kind="table", width=8),
        panel("Answer cache hit share", [(
            'sum(rate(loadcast_rag_cache_lookups_total{result="hit"}[$__rate_interval]))'
            " / sum(rate(loadcast_rag_cache_lookups_total[$__rate_interval]))", "hits")],
            unit="percentunit", width=8),
    ]
    return dashboard("loadcast-llm", "loadcast / LLM assistant", panels, ["llm"])


def ingest_dashboard():
    panels = [
        panel("Readings received and stored", [
            ("sum by (source) (rate(loadcast_ingest_readings_received_total[$__rate_interval]))", "received {{source}}"),
            ("sum by (outcome) (rate(loadcast_ingest_readings_stored_total[$__rate_interval]))", "stored {{outcome}}")],
            unit="ops"),
        panel("Rejects by reason", [(
            "sum by (source, reason) (rate(loadcast_ingest_readings_rejected_total[$__rate_interval]))",
            "{{source}} {{reason}}")], unit="ops"),
        panel("Reject share (5m)", [("loadcast:ingest_readings_rejected:ratio_rate5m", "rejected")],
              unit="percentunit", description="Alert LoadcastIngestRejectSpike fires above 5%."),
        panel("Consumer lag", [(
            'max by (topic) (kafka_consumer_fetch_manager_records_lag_max{application="loadcast.ingest"})', "{{topic}}")],
            description="Records the ingest consumers are behind (Kafka client metric); alert above 10000."),
        panel("NESO import rows rejected by reason", [(
            "sum by (reason) (increase(loadcast_ingest_import_rows_rejected_total[$__rate_interval]))", "{{reason}}")],
            width=24),
    ]
    return dashboard("loadcast-ingest-flow", "loadcast / Ingest flow", panels, ["ingest"])


def render():
    boards = {f"service-{m.removesuffix('-service')}.json": service_dashboard(m, a, db) for m, a, db in SERVICES}
    boards.update({"ml.json": ml_dashboard(), "llm.json": llm_dashboard(), "ingest.json": ingest_dashboard()})
    return {name: json.dumps(board, indent=2) + "\n" for name, board in boards.items()}


if __name__ == "__main__":
    files = render()
    if "--check" in sys.argv:
        stale = [n for n, text in files.items() if not (OUT / n).exists() or (OUT / n).read_text() != text]
        extra = [p.name for p in OUT.glob("*.json") if p.name not in files]
        if stale or extra:
            print(f"stale dashboards (run ops/gen_dashboards.py): {stale + extra}")
            sys.exit(1)
        sys.exit(0)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT / name).write_text(text)
        print(f"wrote grafana/dashboards/{name}")
