#!/usr/bin/env bash
# Runs every benchmark of bench/README.md against the embedded PostgreSQL and prints the
# figures. Usage: bench/run.sh [seconds-per-phase] [concurrency] [rate]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-20}
CONCURRENCY=${2:-16}
RATE=${3:-200}
PORT=${BENCH_PORT:-18080}
WORK=$(mktemp -d /tmp/openhotline-bench.XXXXXX)
APP=""
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/openhotline-*.jar | grep -v original | head -1)

start_app() {
  local started=$(date +%s%N)
  java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" --openhotline.embedded-database.directory="$WORK/postgres" \
    --openhotline.bench.enabled=true --openhotline.rate-limit.enabled=false "$@" > "$WORK/app.log" 2>&1 &
  APP=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

echo "## Start to ready (embedded PostgreSQL)"
start_app; FIRST=$READY_MS
kill "$APP"; wait "$APP" 2>/dev/null || true
start_app; SECOND=$READY_MS
echo "first start (initdb, migrations): ${FIRST} ms; restart on existing data: ${SECOND} ms"

echo; echo "## Report page weight (gzip, as sent)"
size() { curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://localhost:$PORT$1"; }
HTML=$(size /ml/fr); CSS=$(size /css/site.css)
HTML_RAW=$(curl -s -o /dev/null -w '%{size_download}' "http://localhost:$PORT/ml/fr")
echo "first HTML response /ml/fr: ${HTML} bytes gzip (${HTML_RAW} bytes uncompressed)"
echo "everything the page loads (HTML + site.css, no other request): $((HTML + CSS)) bytes gzip"

echo; echo "## Durable submissions (one URL each) vs. a bare one-row INSERT"
if command -v wrk > /dev/null; then
  PGPORT=$(grep -ao 'jdbc:postgresql://localhost:[0-9]*' "$WORK/app.log" | head -1 | sed 's/.*://')
  # waits until triage has made the cases of every report (no outstanding event publication)
  drain() {
    local started=$(date +%s%N)
    while [ "$(psql -h localhost -p "$PGPORT" -U postgres -tAc 'SELECT count(*) FROM event_publication WHERE completion_date IS NULL' postgres 2>/dev/null || echo 1)" != "0" ]; do
      sleep 0.5
    done
    DRAIN_MS=$(( ($(date +%s%N) - started) / 1000000 ))
  }
  java bench/SubmitLoad.java tokens "http://localhost:$PORT" $((SECONDS_PER_PHASE * 1500 + 4000)) "$WORK/tokens.txt"
  head -n 3000 "$WORK/tokens.txt" > "$WORK/warmup.txt"; tail -n +3001 "$WORK/tokens.txt" > "$WORK/measure.txt"
  export WRK_THREADS=2
  TOKENS_FILE="$WORK/warmup.txt" wrk -t2 -c"$CONCURRENCY" -d8s -s bench/report.lua "http://localhost:$PORT" > /dev/null
  wrk -t2 -c"$CONCURRENCY" -d5s -s bench/bare.lua "http://localhost:$PORT/bench/insert" > /dev/null
  drain
  echo "### fixed rate (after warm-up, no backlog)"
  java bench/SubmitLoad.java rate "http://localhost:$PORT" "$SECONDS_PER_PHASE" "$CONCURRENCY" "$RATE"
  drain
  echo "### report, saturation (wrk, $CONCURRENCY connections, ${SECONDS_PER_PHASE}s)"
  TOKENS_FILE="$WORK/measure.txt" wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_PER_PHASE}s" --latency -s bench/report.lua "http://localhost:$PORT" \
    | tee "$WORK/wrk-report.txt" | grep -E "Requests/sec|Non-2xx|Socket errors|  50%|  90%|  99%|requests in"
  drain
  REPORTS=$(grep -o '^ *[0-9]* requests in' "$WORK/wrk-report.txt" | grep -o '[0-9]*' | head -1)
  echo "triage backlog after the saturation run drained $DRAIN_MS ms after it ended (all $REPORTS reports have their cases)"
  echo "### bare insert, saturation (wrk, $CONCURRENCY connections, ${SECONDS_PER_PHASE}s)"
  wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_PER_PHASE}s" --latency -s bench/bare.lua "http://localhost:$PORT/bench/insert" \
    | grep -E "Requests/sec|Non-2xx|Socket errors|  50%|  90%|  99%|requests in"
else
  java bench/SubmitLoad.java "http://localhost:$PORT" "$SECONDS_PER_PHASE" "$CONCURRENCY" "$RATE"
fi
