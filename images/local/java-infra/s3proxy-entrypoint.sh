#!/bin/bash
# andrewgaul/s3proxy's environment contract: S3PROXY_AUTHORIZATION, S3PROXY_IDENTITY, S3PROXY_CREDENTIAL,
# S3PROXY_ENDPOINT (default http://0.0.0.0:80), JCLOUDS_PROVIDER, JCLOUDS_FILESYSTEM_BASEDIR
set -euo pipefail
props=/tmp/s3proxy.properties
cat >"$props" <<PROPS
s3proxy.endpoint=${S3PROXY_ENDPOINT:-http://0.0.0.0:80}
s3proxy.authorization=${S3PROXY_AUTHORIZATION:-aws-v2-or-v4}
s3proxy.identity=${S3PROXY_IDENTITY:-local-identity}
s3proxy.credential=${S3PROXY_CREDENTIAL:-local-credential}
jclouds.provider=${JCLOUDS_PROVIDER:-filesystem}
jclouds.filesystem.basedir=${JCLOUDS_FILESYSTEM_BASEDIR:-/data}
PROPS
mkdir -p "${JCLOUDS_FILESYSTEM_BASEDIR:-/data}"
exec java -Xmx256m -cp "/opt/kafka/libs/*" org.gaul.s3proxy.Main --properties "$props"
