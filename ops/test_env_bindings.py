#!/usr/bin/env python3
"""Tests of check_env_bindings.py against the repository's own modules."""
import pathlib
import sys
import unittest

OPS = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(OPS))

import check_env_bindings  # noqa: E402
from config_properties import module_properties  # noqa: E402


class EnvBindingsTest(unittest.TestCase):
    def props(self, module):
        return module_properties(check_env_bindings.ROOT, module)

    def test_binds_config_record_components_in_either_relaxed_form(self):
        forecast = self.props("forecast-service")
        for var in ("LOADCAST_FORECAST_INGEST_URL", "LOADCAST_FORECAST_INGESTURL", "LOADCAST_FORECAST_DRIFT_KS_THRESHOLD",
                    "LOADCAST_FORECAST_RECENT_REPLICA_ID", "LOADCAST_FORECAST_KAFKA_PARTITIONS"):
            self.assertTrue(check_env_bindings.binds(var, forecast), var)

    def test_rejects_a_misspelt_or_foreign_variable(self):
        forecast = self.props("forecast-service")
        for var in ("LOADCAST_FORECAST_INGEST_URI", "LOADCAST_INGEST_KAFKA_PARTITIONS", "LOADCAST_HOME"):
            self.assertFalse(check_env_bindings.binds(var, forecast), var)

    def test_spring_namespaces_follow_the_starters(self):
        self.assertTrue(check_env_bindings.binds("SPRING_KAFKA_BOOTSTRAP_SERVERS", self.props("ingest-service")))
        self.assertFalse(check_env_bindings.binds("SPRING_KAFKA_BOOTSTRAP_SERVERS", self.props("guardrail-service")))
        self.assertTrue(check_env_bindings.binds("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", self.props("rag-service")))

    def test_placeholders_maps_and_lists_bind(self):
        self.assertTrue(check_env_bindings.binds("LOADCAST_S3_BUCKET", self.props("registry-service")))
        self.assertTrue(check_env_bindings.binds("LOADCAST_SECURITY_API_KEYS_0_NAME", self.props("registry-service")))
        self.assertTrue(check_env_bindings.binds("JAVA_TOOL_OPTIONS", self.props("console")))

    def test_a_module_with_migrations_needs_its_datasource(self):
        found = list(check_env_bindings.problems([("k8s x", "loadcast/rag-service:1", ["LOADCAST_HOME"])]))
        self.assertEqual(3, sum("gets no SPRING_DATASOURCE" in p for p in found), found)
        none = list(check_env_bindings.problems([("k8s x", "loadcast/console:1", ["LOADCAST_CONSOLE_RAG_URL"])]))
        self.assertEqual([], none)


if __name__ == "__main__":
    unittest.main()
