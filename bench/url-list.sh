#!/usr/bin/env bash
# The URL list (issue 13): a seed of 1,000,000 entries in one version, lookups, the lookup
# index's heap, another node catching up, changes, and the whole list streamed. Builds the
# bench jar and starts it on a fresh embedded PostgreSQL (fsync on); a second node on the same
# database serves the streams with a 256 MB heap. Prints the figures of bench/README.md.
# Usage: bench/url-list.sh [entries=1000000] [seconds-per-phase=15] [connections=4] [present-per-1000=500]
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${1:-1000000}
SECONDS_PER_PHASE=${2:-15}
CONNECTIONS=${3:-4}
PRESENT=${4:-500}
PORT=${BENCH_PORT:-18110}
PORT2=$((PORT + 1))
WORK=$(mktemp -d /tmp/openhotline-url-list.XXXXXX)
APP=""; APP2=""
trap 'kill "$APP2" 2>/dev/null || true; wait "$APP2" 2>/dev/null || true; kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp -Pbench -DskipTests package
JAR=$(ls target/openhotline-*.jar | grep -v original | head -1)
DATA=(--openhotline.embedded-database.directory="$WORK/postgres")
# the limit is per organisation and node: the bench's one member makes thousands of requests a second
OPTIONS=(--openhotline.bench.enabled=true --openhotline.organisations.api-rate-limit=1000000 --openhotline.rate-limit.enabled=false)

wait_ready() {
  until curl -sf "http://localhost:$2/actuator/health/readiness" > /dev/null; do
    kill -0 "$1" 2>/dev/null || { cat "$3"; exit 1; }
    sleep 0.1
  done
}
# heap in use after a full collection, in MB
heap_after_gc() {
  jcmd "$1" GC.run > /dev/null
  jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{print int($2 / 1024)}'
}
# the live byte arrays (the index is two of them), in MB
byte_arrays() { jcmd "$1" GC.class_histogram | awk '$4 == "[B" {print int($3 / 1048576)}'; }
api() { curl -sf -H "Authorization: Bearer $KEY" "$@"; }

echo "## Machine"
echo "$(nproc) cores; $(free -m | awk '/^Mem:/ {print $2}') MB memory; $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# the member, by the command an operator runs (it also makes the database: initdb, migrations)
java -jar "$JAR" --create-list-member="Bench telco" --level=urls --server.port=0 "${DATA[@]}" > "$WORK/member.log" 2>&1
KEY=$(grep -o '^oh_[A-Za-z0-9_-]*' "$WORK/member.log")
export KEY

java -Xms1g -Xmx1g -jar "$JAR" --server.port="$PORT" "${DATA[@]}" "${OPTIONS[@]}" > "$WORK/app.log" 2>&1 &
APP=$!
wait_ready "$APP" "$PORT" "$WORK/app.log"
BASE="http://localhost:$PORT"
PGPORT=$(grep -ao 'jdbc:postgresql://localhost:[0-9]*' "$WORK/app.log" | head -1 | sed 's/.*://')
export PGPASSWORD=$(sed -n 's/^openhotline\.embedded-database\.password=//p' "$WORK/development-secrets.properties")
PSQL=(psql -X -q -tA -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres postgres)
echo "embedded PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version'), fsync $("${PSQL[@]}" -c 'SHOW fsync')"

echo; echo "## 1. Seed: $ENTRIES entries in one version (one transaction, set-based SQL)"
HEAP_BEFORE=$(heap_after_gc "$APP"); BYTES_BEFORE=$(byte_arrays "$APP")
jstat -gc "$APP" 100 > "$WORK/jstat-seed.txt" &
JSTAT=$!
curl -sf -X POST "$BASE/bench/url-list/seed?entries=$ENTRIES" > "$WORK/seed.json"
echo "seed: $(cat "$WORK/seed.json")"
SEED_VERSION=$(grep -o '"version":[0-9]*' "$WORK/seed.json" | cut -d: -f2)
started=$(date +%s%N)
PROBE=$("${PSQL[@]}" -c "SELECT encode(hash, 'hex') FROM list_item WHERE version = $SEED_VERSION LIMIT 1")
until api -H 'Content-Type: application/json' -d "{\"hashes\":[\"$PROBE\"]}" "$BASE/api/v1/url-list/lookup" | grep -q "\"version\":$SEED_VERSION"; do
  sleep 0.05
done
echo "lookup index at the seeded version $(( ($(date +%s%N) - started) / 1000000 )) ms after the seed's answer"
kill "$JSTAT"; wait "$JSTAT" 2>/dev/null || true
echo "node 1 heap while seeding and loading (garbage included): at most $(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ {u = ($3 + $4 + $6 + $8) / 1024; if (u > max) max = u} END {print int(max)}' "$WORK/jstat-seed.txt") MB, old generation at most $(awk 'NR > 1 && $8 ~ /^[0-9.]+$/ {if ($8 > max) max = $8} END {print int(max / 1024)}' "$WORK/jstat-seed.txt") MB (-Xmx1g)"

echo; echo "## 3. Heap held for lookups (node 1, after a full collection)"
HEAP_AFTER=$(heap_after_gc "$APP"); BYTES_AFTER=$(byte_arrays "$APP")
echo "heap used: ${HEAP_BEFORE} MB before the seed, ${HEAP_AFTER} MB with the list loaded: +$((HEAP_AFTER - HEAP_BEFORE)) MB"
echo "live byte[]: ${BYTES_BEFORE} MB before, ${BYTES_AFTER} MB after: +$((BYTES_AFTER - BYTES_BEFORE)) MB"

echo; echo "## 2. Lookups: batches of 1,000 hashes ($PRESENT present, $((1000 - PRESENT)) absent, shuffled; 200 distinct bodies)"
"${PSQL[@]}" > "$WORK/bodies.txt" <<SQL
WITH present AS (
    SELECT encode(hash, 'hex') AS h, row_number() OVER () - 1 AS i
    FROM (SELECT hash FROM list_item ORDER BY random() LIMIT 200 * $PRESENT) sample),
absent AS (
    SELECT encode(sha256(convert_to('absent.example/' || g, 'UTF8')), 'hex') AS h, g - 1 AS i
    FROM generate_series(1, 200 * (1000 - $PRESENT)) g),
hashes AS (
    SELECT h, i / greatest($PRESENT, 1) AS batch FROM present
    UNION ALL SELECT h, i / greatest(1000 - $PRESENT, 1) FROM absent)
SELECT '{"hashes":[' || string_agg('"' || h || '"', ',' ORDER BY random()) || ']}' FROM hashes GROUP BY batch ORDER BY batch;
SQL
echo "{\"hashes\":[\"$PROBE\"]}" > "$WORK/single.txt"
echo "{\"hashes\":[\"$(head -c 64 < <(echo -n absent | sha256sum))\"]}" > "$WORK/single-absent.txt"
export BODIES_FILE="$WORK/bodies.txt"
# warm-up until the JIT has compiled the lookup path (on 2 cores C2 otherwise takes a core for a while)
compile_seconds() { jstat -compiler "$APP" | awk 'NR==2 {print $4}'; }
for round in 1 2 3 4 5 6; do
  before=$(compile_seconds)
  BODIES_FILE="$WORK/bodies.txt" wrk -t2 -c2 -d5s -s bench/lookup.lua "$BASE" > /dev/null
  BODIES_FILE="$WORK/single.txt" wrk -t2 -c2 -d2s -s bench/lookup.lua "$BASE" > /dev/null
  wrk -t2 -c2 -d2s -H "Authorization: Bearer $KEY" "$BASE/api/v1/bench/ping" > /dev/null
  spent=$(echo "$(compile_seconds) - $before" | bc)
  echo "warm-up round $round: ${spent} s of JIT compilation in 9 s"
  if [ "$(echo "$spent < 0.5" | bc)" = 1 ]; then break; fi
done
figures() { grep -E "Requests/sec|Non-2xx|Socket errors|  50%|  99%|requests in" "$1"; }
BODIES_FILE="$WORK/bodies.txt" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PHASE}s" --latency -s bench/lookup.lua "$BASE" > "$WORK/batch.txt"
figures "$WORK/batch.txt"
RPS=$(awk '/Requests\/sec/ {print $2}' "$WORK/batch.txt")
echo "=> $(echo "$RPS * 1000 / 1" | bc) hashes/s in batches of 1,000; p99 $(awk '$1 == "99%" {print $2}' "$WORK/batch.txt") per batch"

echo; echo "## 2b. One hash per lookup vs GET /api/v1/bench/ping (same chain, key and limiter), alternating"
for round in 1 2; do
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PHASE}s" --latency -H "Authorization: Bearer $KEY" "$BASE/api/v1/bench/ping" > "$WORK/ping$round.txt"
  BODIES_FILE="$WORK/single.txt" wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PHASE}s" --latency -s bench/lookup.lua "$BASE" > "$WORK/single$round.txt"
  PING=$(awk '/Requests\/sec/ {print $2}' "$WORK/ping$round.txt"); ONE=$(awk '/Requests\/sec/ {print $2}' "$WORK/single$round.txt")
  echo "round $round: ping $PING/s (p99 $(awk '$1 == "99%" {print $2}' "$WORK/ping$round.txt")), single-hash lookup (present) $ONE/s (p99 $(awk '$1 == "99%" {print $2}' "$WORK/single$round.txt")): ratio $(echo "scale=3; $ONE / $PING" | bc)"
  grep -E "Non-2xx|Socket errors" "$WORK/ping$round.txt" "$WORK/single$round.txt" || true
done

echo; echo "## 4. Another node sees a new entry (node 2 on the same PostgreSQL, -Xmx256m)"
{
  sed -e '/^#/d' -e '/^openhotline\.embedded-database\.password=/d' "$WORK/development-secrets.properties"
  echo "spring.datasource.url=jdbc:postgresql://localhost:$PGPORT/postgres"
  echo "spring.datasource.username=postgres"
  echo "spring.datasource.password=$PGPASSWORD"
} > "$WORK/node2.properties"
started=$(date +%s%N)
java -Xms256m -Xmx256m -jar "$JAR" --server.port="$PORT2" --spring.config.additional-location="file:$WORK/node2.properties" \
  "${OPTIONS[@]}" > "$WORK/app2.log" 2>&1 &
APP2=$!
wait_ready "$APP2" "$PORT2" "$WORK/app2.log"
BASE2="http://localhost:$PORT2"
until api -H 'Content-Type: application/json' -d "{\"hashes\":[\"$PROBE\"]}" "$BASE2/api/v1/url-list/lookup" 2>/dev/null | grep -q "\"version\":"; do
  sleep 0.05
done
echo "node 2 ready with its index loaded $(( ($(date +%s%N) - started) / 1000000 )) ms after java -jar"
java bench/UrlListPropagation.java "$BASE" "$BASE2" "$KEY" 10

echo; echo "## 5. changes"
HEAD=$("${PSQL[@]}" -c 'SELECT version FROM list_head')
echo "\$ curl -i $BASE/api/v1/url-list/changes?since=$HEAD   (the current version)"
curl -s -i -H "Authorization: Bearer $KEY" "$BASE/api/v1/url-list/changes?since=$HEAD" | tr -d '\r' | grep -v -E '^Url-List-(Manifest|Signature)' | tee "$WORK/304.txt"
echo "(body: $(sed '1,/^$/d' "$WORK/304.txt" | wc -c) bytes; manifest and signature headers left out above)"
curl -sf -X POST "$BASE/bench/url-list/add?count=100&hosts=10" > "$WORK/hundred.json"
SINCE=$(grep -o '"before":[0-9]*' "$WORK/hundred.json" | cut -d: -f2)
GZ=$(api --compressed -o "$WORK/changes.json" -w '%{size_download}' "$BASE/api/v1/url-list/changes?since=$SINCE")
RAW=$(api -o /dev/null -w '%{size_download}' "$BASE/api/v1/url-list/changes?since=$SINCE")
echo "100 additions on 10 hosts (versions $((SINCE + 1))..$((SINCE + 100))): changes since $SINCE = ${GZ} bytes gzip (${RAW} uncompressed, $(grep -o '"sha256"' "$WORK/changes.json" | wc -l) changes)"
echo "one change as sent: $(grep -o '{"op":[^}]*}' "$WORK/changes.json" | head -1)"

echo; echo "## 6. The whole list streamed (node 2, -Xmx256m; heap sampled every 100 ms by jstat)"
IDLE=$(heap_after_gc "$APP2")
echo "node 2 heap used after a full collection: ${IDLE} MB (the index of $ENTRIES entries included)"
for format in json csv; do
  for encoding in gzip identity; do
    jstat -gc "$APP2" 100 > "$WORK/jstat.txt" &
    JSTAT=$!
    compressed=(); [ "$encoding" = gzip ] && compressed=(-H 'Accept-Encoding: gzip')
    stats=$(api "${compressed[@]}" -o "$WORK/list.out" -w '%{http_code} %{size_download} %{time_total}' "$BASE2/api/v1/url-list?format=$format")
    kill "$JSTAT"; wait "$JSTAT" 2>/dev/null || true
    # S0U S1U EU OU: columns 3 4 6 8 of jstat -gc (KB); YGC 13, FGC 15
    PEAK=$(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ {u = ($3 + $4 + $6 + $8) / 1024; if (u > max) max = u} END {print int(max)}' "$WORK/jstat.txt")
    OLD=$(awk 'NR == 2 {first = $8} NR > 1 && $8 ~ /^[0-9.]+$/ {if ($8 > max) max = $8} END {print int(first / 1024) " -> at most " int(max / 1024)}' "$WORK/jstat.txt")
    GCS=$(awk 'NR == 2 {y = $13; f = $15} NR > 1 && $13 ~ /^[0-9]+$/ {ly = $13; lf = $15} END {print ly - y " young, " lf - f " full"}' "$WORK/jstat.txt")
    if [ "$format" = json ]; then
      ITEMS=$( ([ "$encoding" = gzip ] && gzip -dc "$WORK/list.out" || cat "$WORK/list.out") | grep -o '"sha256"' | wc -l)
    else
      ITEMS=$(( $( ([ "$encoding" = gzip ] && gzip -dc "$WORK/list.out" || cat "$WORK/list.out") | grep -c -v '^#') - 1 ))
    fi
    read -r code size time <<< "$stats"
    echo "format=$format $encoding: HTTP $code, $((size / 1048576)) MB ($size bytes, $ITEMS items) in ${time} s; heap used (garbage included) at most ${PEAK} MB of 256; old generation ${OLD} MB; collections ${GCS}"
  done
done
echo "node 2 log: $(grep -c -E 'OutOfMemory|ERROR' "$WORK/app2.log" || true) errors"
