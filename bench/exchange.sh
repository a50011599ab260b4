#!/usr/bin/env bash
# The hotline exchange between two installations (issue 16), each on its own embedded
# PostgreSQL with fsync on and the exchange's production settings: the time from an analyst's
# send at A to the case in B's queue with both up, and from B being up again to the case in
# its queue after B was down. Usage: bench/exchange.sh [referrals=50]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "$(nproc) cores; $(free -m | awk '/^Mem:/ {print $2}') MB memory; $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B -ntp test -Dbench.excluded=none -Dgroups=bench -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.referrals="${1:-50}"
sed -n '/^### exchange delivery/,/^B took/p' target/surefire-reports/org.openhotline.bench.ExchangeBenchmark-output.txt
