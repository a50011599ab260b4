#!/usr/bin/env bash
# Tracing throughput: 10,000 distinct hosts against loopback DNS and RDAP fixtures, stored in
# PostgreSQL (embedded, fsync on). Usage: bench/tracing.sh [hosts=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dbench.excluded=none -Dgroups=bench -Dtest=TracingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.hosts="${1:-10000}"
sed -n '/^### tracing/,/^peak threads/p' target/surefire-reports/org.openhotline.bench.TracingBenchmark-output.txt
