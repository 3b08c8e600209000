#!/usr/bin/env bash
# Fuzzes rag-service's document text extractor (uploaded and synced files; PDF and HTML through Apache Tika) with
# Jazzer for a bounded time (issue 15).
#   ops/fuzz-rag.sh [seconds]     (default 60)
# Without JAZZER_FUZZ the same target replays its inputs (src/test/resources/io/loadcast/rag/documents/
# TextExtractorFuzzTestInputs) as a plain test in ./mvnw verify. A crash found here is written into that folder
# (crash-<sha1>): commit it with the fix, it stays a regression input.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/.."
./mvnw -B -q -pl rag-service test-compile -Dspotless.check.skip=true
echo "== fuzzing TextExtractorFuzzTest for ${seconds}s"
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" \
  JAZZER_INSTRUMENT="io.loadcast.**,org.apache.tika.**,org.apache.pdfbox.**,org.apache.fontbox.**,org.jsoup.**" \
  ./mvnw -B -q -pl rag-service surefire:test@fuzz-regression -Dtest=TextExtractorFuzzTest \
    -Dsurefire.failIfNoSpecifiedTests=false
