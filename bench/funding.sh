#!/usr/bin/env bash
# Benchmark of the funding ledger (not a test): a province of 100 communes × 30 sub-projects × 7
# sources × 5 years, about 10 entries each (≈ 1.05 M entries), posted through the product path
# (POST /api/v1/ledger/entries/batch: the same checks, one transaction per batch, the balance trigger
# per entry); then p50/p95 of a commune's balances (API, now and as of a day) and of its budget page.
# Goals: writing ≥ 5,000 entries a second; the balance page p95 ≤ 100 ms.
# Usage: bench/funding.sh [UNITS] [REQUESTS]       needs: java 17, python3
set -euo pipefail
UNITS=${1:-100}
REQUESTS=${2:-200}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/giamngheo-bench-funding-$UNITS}
PORT=${BENCH_PORT:-18087}
JAR=$ROOT/app/target/giamngheo.jar
PASS=bench-password-1
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -o -q package -DskipTests)
rm -rf "$WORK"; mkdir -p "$WORK"
GIAMNGHEO_ADMIN_USERNAME=bench GIAMNGHEO_ADMIN_PASSWORD=$PASS java -Xmx"${BENCH_HEAP:-1g}" -jar "$JAR" \
  --server.port="$PORT" --giamngheo.data-dir="$WORK/data" --giamngheo.demo=false > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 180); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
python3 "$ROOT/bench/funding_bench.py" "http://localhost:$PORT" bench "$PASS" "$UNITS" "$REQUESTS" "$WORK"
