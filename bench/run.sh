#!/usr/bin/env bash
# Runs every benchmark of bench/README.md against the embedded PostgreSQL and prints the
# figures. Usage: bench/run.sh [seconds-per-phase=20] [concurrency=8] [rate=200]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-20}
CONCURRENCY=${2:-8}
RATE=${3:-200}
PORT=${BENCH_PORT:-18080}
WORK=$(mktemp -d /tmp/openhotline-bench.XXXXXX)
APP=""
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -q -B -ntp -Pbench -DskipTests package
FAT_JAR=$(ls target/openhotline-*.jar | grep -v original | head -1)
# the layout recommended for production (README): the jar extracted, with a class data sharing archive
java -Djarmode=tools -jar "$FAT_JAR" extract --destination "$WORK/app" > /dev/null
JAR="$WORK/app/$(basename "$FAT_JAR")"
JAVA_OPTS=()

start_app() {
  local started=$(date +%s%N)
  java -Xms512m -Xmx1g "${JAVA_OPTS[@]}" -jar "$JAR" --server.port="$PORT" --openhotline.embedded-database.directory="$WORK/postgres" \
    --openhotline.bench.enabled=true --openhotline.rate-limit.enabled=false "$@" > "$WORK/app.log" 2>&1 &
  APP=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; }

echo "## Start to ready (embedded PostgreSQL)"
start_app; FIRST=$READY_MS; stop_app
start_app; SECOND=$READY_MS; stop_app
echo "extracted jar: first start (initdb, migrations) ${FIRST} ms; restart on existing data ${SECOND} ms"
# a training run writes the class data sharing archive when it stops (not spring.context.exit:
# that halts the JVM, and the embedded PostgreSQL would be left running)
JAVA_OPTS=(-XX:ArchiveClassesAtExit="$WORK/app/app.jsa")
start_app; curl -s -o /dev/null "http://localhost:$PORT/ml/fr"; stop_app
JAVA_OPTS=(-XX:SharedArchiveFile="$WORK/app/app.jsa")
start_app; CDS=$READY_MS; stop_app
echo "extracted jar with its class data sharing archive: restart ${CDS} ms"
JAR_EXTRACTED=$JAR; JAR=$FAT_JAR; JAVA_OPTS=()
start_app; FAT=$READY_MS; stop_app
echo "java -jar on the unextracted jar: restart ${FAT} ms"
JAR=$JAR_EXTRACTED; JAVA_OPTS=(-XX:SharedArchiveFile="$WORK/app/app.jsa")
start_app

echo; echo "## Report page weight (gzip, as sent)"
size() { curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://localhost:$PORT$1"; }
HTML=$(size /ml/fr); CSS=$(size /css/site.css)
HTML_RAW=$(curl -s -o /dev/null -w '%{size_download}' "http://localhost:$PORT/ml/fr")
echo "first HTML response /ml/fr: ${HTML} bytes gzip (${HTML_RAW} bytes uncompressed)"
echo "everything the page loads (HTML + site.css, no other request): $((HTML + CSS)) bytes gzip"

echo; echo "## Durable submissions (one URL each) vs. a bare one-row INSERT"
if command -v wrk > /dev/null; then
  PGPORT=$(grep -ao 'jdbc:postgresql://localhost:[0-9]*' "$WORK/app.log" | head -1 | sed 's/.*://')
  export PGPASSWORD=$(sed -n 's/^openhotline\.embedded-database\.password=//p' "$WORK/development-secrets.properties")
  # waits until triage has made the cases of every report (no outstanding event publication)
  drain() {
    local started=$(date +%s%N)
    while [ "$(psql -h localhost -p "$PGPORT" -U postgres -tAc 'SELECT count(*) FROM event_publication WHERE completion_date IS NULL' postgres 2>/dev/null || echo 1)" != "0" ]; do
      sleep 0.5
    done
    DRAIN_MS=$(( ($(date +%s%N) - started) / 1000000 ))
  }
  WARMUP_TOKENS=40000
  java bench/SubmitLoad.java tokens "http://localhost:$PORT" $((SECONDS_PER_PHASE * 1500 + WARMUP_TOKENS)) "$WORK/tokens.txt"
  head -n "$WARMUP_TOKENS" "$WORK/tokens.txt" > "$WORK/warmup.txt"; tail -n +$((WARMUP_TOKENS + 1)) "$WORK/tokens.txt" > "$WORK/measure.txt"
  export WRK_THREADS=2
  # Warm-up until the JIT has compiled the hot paths: on 2 cores the C2 compiler takes one core for
  # minutes after a start, and a figure taken before then measures the compiler, not the steady state.
  compile_seconds() { jstat -compiler "$APP" | awk 'NR==2 {print $4}'; }
  split -l 4000 -d "$WORK/warmup.txt" "$WORK/warmup-"
  for chunk in "$WORK"/warmup-*; do
    before=$(compile_seconds)
    # two connections leave the compiler a core; under saturation it starves and never finishes
    TOKENS_FILE="$chunk" wrk -t2 -c2 -d10s -s bench/report.lua "http://localhost:$PORT" > /dev/null
    wrk -t2 -c2 -d3s -s bench/bare.lua "http://localhost:$PORT/bench/insert" > /dev/null
    spent=$(echo "$(compile_seconds) - $before" | bc)
    echo "warm-up round: ${spent} s of JIT compilation in 13 s"
    if [ "$(echo "$spent < 1.0" | bc)" = 1 ]; then break; fi
  done
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
