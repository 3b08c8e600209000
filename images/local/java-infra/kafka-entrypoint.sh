#!/bin/bash
# apache/kafka's environment contract: every KAFKA_X_Y becomes x.y in server.properties (__ -> _, ___ -> -);
# CLUSTER_ID (optional) names the cluster formatted on the first start.
set -euo pipefail
props=/tmp/server.properties
: >"$props"
while IFS='=' read -r name value; do
  [[ "$name" == KAFKA_* && "$name" != KAFKA_HEAP_OPTS && "$name" != KAFKA_OPTS ]] || continue
  key="${name#KAFKA_}"; key="${key,,}"; key="${key//___/-}"; key="${key//__/@}"; key="${key//_/.}"; key="${key//@/_}"
  echo "$key=$value" >>"$props"
done < <(env)
grep -q '^log.dirs=' "$props" || echo "log.dirs=/tmp/kraft-combined-logs" >>"$props"
cp="/opt/kafka/libs/*"
log_dir="$(sed -n 's/^log.dirs=//p' "$props" | cut -d, -f1)"
if [[ ! -f "$log_dir/meta.properties" ]]; then
  java -cp "$cp" kafka.tools.StorageTool format --config "$props" --cluster-id "${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}"
fi
exec java ${KAFKA_HEAP_OPTS:--Xmx512m} ${KAFKA_OPTS:-} -cp "$cp" kafka.Kafka "$props"
