#!/usr/bin/env python3
"""Tests of the ops scripts themselves: python3 -m unittest discover -s ops -p 'test_*.py'."""
import http.server
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import threading
import unittest

import yaml

OPS = pathlib.Path(__file__).resolve().parent
ROOT = OPS.parent
sys.path.insert(0, str(OPS))

import check_compose  # noqa: E402
import check_metric_names  # noqa: E402
from promql_names import names_in  # noqa: E402


class PromqlNamesTest(unittest.TestCase):
    def test_keeps_metric_names_and_drops_functions_labels_and_grouping(self):
        expr = ('histogram_quantile(0.95, sum by (le, application) '
                '(rate(http_server_requests_seconds_bucket{uri!~"/actuator.*", application="$app"}[$__rate_interval])))')
        self.assertEqual(names_in(expr), {"http_server_requests_seconds_bucket"})

    def test_finds_both_sides_of_binary_operators_and_ignores_numbers_and_offsets(self):
        expr = "sum(rate(a_total[5m] offset 1h)) / on (job) group_left (x) b_count > 1.5e3 and c"
        self.assertEqual(names_in(expr), {"a_total", "b_count", "c"})

    def test_recording_rule_names_with_colons_are_names(self):
        self.assertEqual(names_in("application:http_server_requests:rate5m > 0"),
                         {"application:http_server_requests:rate5m"})

    def test_label_values_variable_yields_its_metric_only(self):
        self.assertEqual(names_in("label_values(process_uptime_seconds, instance)"), {"process_uptime_seconds"})
        self.assertEqual(names_in("label_values(instance)"), set())


class CheckMetricNamesTest(unittest.TestCase):
    def scrape(self, text):
        f = tempfile.NamedTemporaryFile("w", suffix=".prom", delete=False)
        f.write(text)
        f.close()
        self.addCleanup(os.unlink, f.name)
        return f.name

    def test_reports_a_histogram_exported_without_buckets(self):
        names, _ = check_metric_names.exported([self.scrape(
            "# TYPE http_server_requests_seconds summary\n"
            'http_server_requests_seconds_count{uri="/x"} 3\nhttp_server_requests_seconds_sum{uri="/x"} 1.5\n')])
        self.assertIn("http_server_requests_seconds_count", names)
        self.assertNotIn("http_server_requests_seconds_bucket", names)
        self.assertIn("percentiles-histogram.http.server.requests",
                      check_metric_names.hint("http_server_requests_seconds_bucket", names))

    def test_fails_against_a_scrape_lacking_used_names_and_passes_with_all_of_them(self):
        from promql_names import collect
        uses, recorded = collect(ROOT)
        scraped = sorted(n for n in uses if n not in recorded)
        partial = self.scrape("".join(f"{n} 1\n" for n in scraped[1:]))
        complete = self.scrape("".join(f'{n}{{application="x"}} 1\n' for n in scraped))
        out = subprocess.run([sys.executable, str(OPS / "check_metric_names.py"), str(ROOT), partial],
                             capture_output=True, text=True)
        self.assertEqual(out.returncode, 1, out.stdout)
        self.assertIn(f"MISSING     {scraped[0]}", out.stdout)
        out = subprocess.run([sys.executable, str(OPS / "check_metric_names.py"), str(ROOT), complete],
                             capture_output=True, text=True)
        self.assertEqual(out.returncode, 0, out.stdout)

    def test_every_loadcast_name_used_is_listed(self):
        from promql_names import collect
        uses, recorded = collect(ROOT)
        listed = check_metric_names.expected(ROOT)
        unlisted = [n for n in uses if n.startswith("loadcast_") and n not in recorded
                    and check_metric_names.base_name(n, listed) not in listed]
        self.assertEqual(unlisted, [])


class CheckComposeTest(unittest.TestCase):
    def setUp(self):
        self.doc = yaml.safe_load((ROOT / "docker-compose.yml").read_text())

    def test_the_repository_compose_file_passes(self):
        self.assertEqual(list(check_compose.problems(self.doc)), [])

    def test_flags_a_literal_password_a_missing_limit_and_a_weak_depends_on(self):
        svc = self.doc["services"]["ingest-service-a"]
        svc["environment"]["SPRING_DATASOURCE_PASSWORD"] = "hunter2"
        del svc["deploy"]
        svc["depends_on"]["kafka"] = {"condition": "service_started"}
        found = "\n".join(check_compose.problems(self.doc))
        self.assertIn("SPRING_DATASOURCE_PASSWORD is a literal", found)
        self.assertIn("ingest-service-a: no memory limit", found)
        self.assertIn("depends_on kafka must use condition service_healthy", found)


class FakeStack(http.server.BaseHTTPRequestHandler):
    """forecast-service's retraining API and registry-service's MLflow API at the HTTP boundary, as the services
    define them (RetrainingController, TrainingRun, RegisteredModelController, RunController)."""
    candidate, champion, final_status, accepted = 5.0, 6.0, "SUCCEEDED", {"requestId": "e1", "runId": "r1"}
    polls = 0

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.path != "/api/v1/retraining" or self.headers.get("X-Api-Key") != "k":
            return self.answer(401, {"title": "no key"})
        if body != {"seriesIds": ["GB-ND"], "reason": "SCHEDULE"}:
            return self.answer(400, {"title": "bad body"})
        FakeStack.polls = 0
        self.answer(202, FakeStack.accepted)

    def do_GET(self):
        if self.path.startswith("/api/2.0/mlflow/registered-models/alias?"):
            if "name=forecast-gb-nd" not in self.path or "alias=champion" not in self.path:
                return self.answer(400, {"error_code": "INVALID_PARAMETER_VALUE"})
            if FakeStack.champion is None:
                return self.answer(404, {"error_code": "RESOURCE_DOES_NOT_EXIST"})
            return self.answer(200, {"model_version": {"name": "forecast-gb-nd", "version": "3", "run_id": "m3"}})
        if self.path == "/api/2.0/mlflow/runs/get?run_id=m3":
            return self.answer(200, {"run": {"info": {"run_id": "m3"}, "data": {"metrics": [
                {"key": "mae", "value": 900.0, "step": 0}, {"key": "mape", "value": FakeStack.champion, "step": 0}]}}})
        if self.path == "/api/v1/training-runs/r1":
            FakeStack.polls += 1
            status = FakeStack.final_status if FakeStack.polls >= 2 else "RUNNING"
            return self.answer(200, {"id": "r1", "status": status, "modelName": "forecast-gb-nd", "modelVersion": "4",
                                     "backtest": {"mae": 800.0, "mape": FakeStack.candidate}, "error": None})
        self.answer(404, {"title": "not found"})

    def answer(self, code, doc):
        data = json.dumps(doc).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class RetrainTest(unittest.TestCase):
    def run_retrain(self, candidate=5.0, champion=6.0, final_status="SUCCEEDED",
                    accepted=(("requestId", "e1"), ("runId", "r1"))):
        FakeStack.candidate, FakeStack.champion = candidate, champion
        FakeStack.final_status, FakeStack.accepted = final_status, dict(accepted)
        server = http.server.HTTPServer(("127.0.0.1", 0), FakeStack)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        url = f"http://127.0.0.1:{server.server_port}"
        env = dict(os.environ, LOADCAST_FORECAST_URL=url, LOADCAST_REGISTRY_URL=url, LOADCAST_API_KEY="k",
                   RETRAIN_POLL_SECONDS="0.05")
        return subprocess.run([sys.executable, str(OPS / "retrain.py")], env=env, capture_output=True, text=True)

    def test_passes_when_the_new_model_is_no_worse_than_the_champion(self):
        out = self.run_retrain(candidate=5.0, champion=6.0)
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        self.assertIn("new version 4 backtest mape 5.0 is no worse than champion version 3's 6.0", out.stdout)

    def test_fails_when_the_new_model_backtests_worse(self):
        out = self.run_retrain(candidate=8.0, champion=6.0)
        self.assertEqual(out.returncode, 1, out.stdout + out.stderr)
        self.assertIn("WORSE than champion version 3's 6.0", out.stdout)

    def test_passes_the_first_model_when_there_is_no_champion(self):
        out = self.run_retrain(candidate=8.0, champion=None)
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        self.assertIn("no champion to compare with", out.stdout)

    def test_fails_when_the_run_fails(self):
        out = self.run_retrain(final_status="FAILED")
        self.assertEqual(out.returncode, 1, out.stdout + out.stderr)

    def test_reports_an_answer_without_a_run_to_follow(self):
        out = self.run_retrain(accepted=(("requestId", "e1"),))
        self.assertEqual(out.returncode, 2, out.stdout + out.stderr)
        self.assertIn("no run to follow", out.stdout)

    def test_the_k8s_job_runs_the_same_script(self):
        self.assertEqual((ROOT / "k8s" / "base" / "retrain.py").read_text(), (OPS / "retrain.py").read_text())


if __name__ == "__main__":
    unittest.main()
