#!/usr/bin/env bash
# The report API (issue 16): batches of 100 addresses to POST /api/v1/reports, durable
# (PostgreSQL fsync on, each answer after its commit). Saturation with wrk gives addresses/s;
# a fixed rate of 10 batches/s gives the latencies. Builds the bench jar and starts it on a
# fresh embedded PostgreSQL. Usage: bench/report-api.sh [seconds-per-phase=20] [connections=4]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-20}
CONNECTIONS=${2:-4}
PORT=${BENCH_PORT:-18120}
WORK=$(mktemp -d /tmp/openhotline-report-api.XXXXXX)
APP=""
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp -Pbench -DskipTests package
JAR=$(ls target/openhotline-*.jar | grep -v original | head -1)
DATA=(--openhotline.embedded-database.directory="$WORK/postgres")
OPTIONS=(--openhotline.bench.enabled=true --openhotline.organisations.api-rate-limit=1000000 --openhotline.rate-limit.enabled=false)

echo "## Machine"
echo "$(nproc) cores; $(free -m | awk '/^Mem:/ {print $2}') MB memory; $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# an organisation and its key by the operator's command (it also makes the database)
java -jar "$JAR" --create-list-member="Bench platform" --level=hashes --kind=platform --server.port=0 "${DATA[@]}" > "$WORK/member.log" 2>&1
KEY=$(grep -o '^oh_[A-Za-z0-9_-]*' "$WORK/member.log")
export KEY

java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" "${DATA[@]}" "${OPTIONS[@]}" > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.1
done
BASE="http://localhost:$PORT"
PGPORT=$(grep -ao 'jdbc:postgresql://localhost:[0-9]*' "$WORK/app.log" | head -1 | sed 's/.*://')
export PGPASSWORD=$(sed -n 's/^openhotline\.embedded-database\.password=//p' "$WORK/development-secrets.properties")
PSQL=(psql -X -q -tA -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres postgres)
echo "embedded PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version'), fsync $("${PSQL[@]}" -c 'SHOW fsync'), synchronous_commit $("${PSQL[@]}" -c 'SHOW synchronous_commit')"
# the command issues url-list keys; the key has not been used yet, so no node has it cached
"${PSQL[@]}" -c "UPDATE api_key SET scopes = ARRAY['URL_LIST', 'REPORTS']"

# warm-up
wrk -t2 -c2 -d5s -s bench/report-api.lua "$BASE" > /dev/null

echo; echo "## 1. Saturation: batches of 100 addresses (wrk, $CONNECTIONS connections, ${SECONDS_PER_PHASE}s)"
BEFORE=$("${PSQL[@]}" -c 'SELECT count(*) FROM reported_item')
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PHASE}s" --latency -s bench/report-api.lua "$BASE" \
  | tee "$WORK/wrk.txt" | grep -E "Requests/sec|Non-2xx|Socket errors|  50%|  90%|  99%|requests in"
BATCHES=$(grep -o '^ *[0-9]* requests in' "$WORK/wrk.txt" | grep -o '[0-9]*' | head -1)
AFTER=$("${PSQL[@]}" -c 'SELECT count(*) FROM reported_item')
echo "addresses stored: $((AFTER - BEFORE)) in ${SECONDS_PER_PHASE}s: $(( (AFTER - BEFORE) / SECONDS_PER_PHASE )) addresses/s ($BATCHES batches answered)"

echo; echo "## 2. 10 batches/s for ${SECONDS_PER_PHASE}s (open model)"
python3 bench/report-api-rate.py "$BASE" 10 "$SECONDS_PER_PHASE"

echo; echo "## 3. Triage caught up"
started=$(date +%s)
until [ "$("${PSQL[@]}" -c 'SELECT count(*) FROM event_publication WHERE completion_date IS NULL')" = 0 ]; do
  sleep 1
  [ $(( $(date +%s) - started )) -lt 600 ] || break
done
echo "open cases: $("${PSQL[@]}" -c "SELECT count(*) FROM case_file WHERE status = 'NEW'"), events still open: $("${PSQL[@]}" -c 'SELECT count(*) FROM event_publication WHERE completion_date IS NULL') ($(( $(date +%s) - started )) s after the load)"
