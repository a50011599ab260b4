#!/usr/bin/env bash
# The scheduler's due-task poll with 100,000 open actions on the clock, on PostgreSQL
# (embedded, fsync on). Usage: bench/scheduler.sh [open-actions=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dbench.excluded=none -Dgroups=bench -Dtest=SchedulerPollBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.actions="${1:-100000}"
sed -n '/^### due-task poll/,/^| fetch/p' target/surefire-reports/org.openhotline.bench.SchedulerPollBenchmark-output.txt
