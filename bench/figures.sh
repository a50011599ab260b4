#!/usr/bin/env bash
# The public figures page (issue 14): its weight as sent (gzip) and its latency, against the
# app started from the jar on a fresh embedded PostgreSQL.
# Usage: bench/figures.sh [seconds=20] [connections="2 8"]   (SKIP_BUILD=1: use the jar in target/)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-"2 8"}
PORT=${BENCH_PORT:-18081}
WORK=$(mktemp -d /tmp/openhotline-figures.XXXXXX)
APP=""
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/openhotline-*.jar | grep -v original | head -1)
java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" --openhotline.embedded-database.directory="$WORK/postgres" \
  --openhotline.rate-limit.enabled=false > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.2
done

echo "## Figures page weight (as sent)"
for page in /ml/fr/figures /ml/en/figures; do
  GZ=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://localhost:$PORT$page")
  RAW=$(curl -s -o /dev/null -w '%{size_download}' "http://localhost:$PORT$page")
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$page")
  echo "$page: HTTP $STATUS, ${GZ} bytes gzip (${RAW} bytes uncompressed)"
done

echo; echo "## Figures page latency (/ml/fr/figures, gzip)"
# warm-up until the JIT has compiled the page's path (two connections leave the compiler a core)
wrk -t2 -c2 -d15s "http://localhost:$PORT/ml/fr/figures" > /dev/null
echo "| connections | requests | errors | throughput /s | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---|---|---|---|---|---|---|"
for c in $CONNECTIONS; do
  echo -n "| $c "
  wrk -t2 -c"$c" -d"${SECONDS_PER_RUN}s" -s bench/figures.lua "http://localhost:$PORT/ml/fr/figures" | tail -1
done
