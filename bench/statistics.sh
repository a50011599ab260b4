#!/usr/bin/env bash
# The statistics page of one portal over a year with 1,000,000 reports in the database, on the
# embedded PostgreSQL: seeds intake and triage (bench/queue-seed.sql: 1,000,000 reports,
# 300,000 cases) and the statistics module's own tables as the events of those reports would
# have filled them (bench/statistics-seed.sql), signs in and times the page.
# Usage: bench/statistics.sh [requests-per-variant=200]
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-200}
PORT=${BENCH_PORT:-18091}
WORK=$(mktemp -d /tmp/openhotline-statistics.XXXXXX)
APP=""
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PASSWORD="statistics bench lantern cobalt mango"

./mvnw -q -B -ntp -o -DskipTests package
JAR=$(ls target/openhotline-*.jar | grep -v original | head -1)
OPENHOTLINE_ACCOUNTS_INITIAL_ADMINISTRATOR_PASSWORD="$PASSWORD" java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" \
  --openhotline.embedded-database.directory="$WORK/postgres" > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.2
done
PGPORT=$(grep -ao 'jdbc:postgresql://localhost:[0-9]*' "$WORK/app.log" | head -1 | sed 's/.*://')
export PGPASSWORD=$(sed -n 's/^openhotline\.embedded-database\.password=//p' "$WORK/development-secrets.properties")
echo "## Seeding (bench/queue-seed.sql, then bench/statistics-seed.sql)"
started=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres -f bench/queue-seed.sql postgres
psql -q -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres -f bench/statistics-seed.sql postgres
echo "seeded in $(( $(date +%s) - started )) s"
echo; echo "## Statistics page, one request at a time, $REQUESTS per variant after a warm-up"
java bench/StatisticsLoad.java "http://localhost:$PORT" admin "$PASSWORD" "$REQUESTS"

if command -v wrk > /dev/null; then
  echo; echo "## Public figures page (/ml/fr/figures) on the same data, gzip"
  curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w 'weight: %{size_download} bytes gzip\n' "http://localhost:$PORT/ml/fr/figures"
  echo "| connections | requests | errors | throughput /s | p50 ms | p95 ms | p99 ms | max ms |"
  for c in 2 8; do
    echo -n "| $c "
    wrk -t2 -c"$c" -d15s -s bench/figures.lua "http://localhost:$PORT/ml/fr/figures" | tail -1
  done
fi
