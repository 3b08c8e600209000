#!/bin/bash
# stands in for Kafka's script of the same name in health checks: exits 0 when the broker at --bootstrap-server
# answers a describe-cluster request (local-stack's KafkaHealth)
set -euo pipefail
[[ "${1:-}" == --bootstrap-server && -n "${2:-}" ]] || { echo "usage: $0 --bootstrap-server host:port" >&2; exit 2; }
exec java -Xmx64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "/opt/kafka/libs/*" io.loadcast.stack.kafka.KafkaHealthMain "$2"
