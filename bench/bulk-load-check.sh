#!/usr/bin/env bash
# Checks the bulk loader (bench/BulkLoad.java) against the former set-based SQL path
# (bench/reports/load.sql) on a small generated province: both loads through bench/reports.sh on two
# fresh databases, then each database read by the application itself — a province's what-if,
# Alkire–Foster by commune, area and ethnicity, the summary report, the dashboard, a household's
# page and the registry list — and by SQL fingerprints of every loaded row (ids left out: each path
# numbers its rows its own way; units, codes and values compared), the keys and indexes of the
# tables, and that the ids the rows name agree. Prints the differences; exit 1 if any.
# Usage: bench/bulk-load-check.sh [N]      (default 20,000 households; ≈ 5 minutes)
set -euo pipefail
N=${1:-20000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/giamngheo-bulk-check-$N}
PORT=${BENCH_PORT:-8146}
PASS=bench-password-1
BASE=http://localhost:$PORT
JAR=${BENCH_JAR:-$ROOT/app/target/giamngheo.jar}
mkdir -p "$WORK"
# CHECK_REUSE=1 compares the databases a previous run loaded
for loader in sql bulk; do
  [ "${CHECK_REUSE:-0}" = 1 ] && [ -d "$WORK/$loader/data/postgres" ] && continue
  rm -rf "${WORK:?}/$loader"
  BENCH_START_WAIT=${BENCH_START_WAIT:-600} BENCH_LOADER=$loader BENCH_LOAD_ONLY=1 BENCH_DIR=$WORK/$loader BENCH_PORT=$PORT BENCH_JAR=$JAR BENCH_HEAP=768m \
    "$ROOT/bench/reports.sh" "$N" 1
done

figures() {
  local dir=$1 out=$2 app
  java -Xmx768m -jar "$JAR" --server.port="$PORT" --giamngheo.data-dir="$dir/data" --giamngheo.demo=false > "$dir/check-app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 300); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
  local psql="psql -q -At -h 127.0.0.1 -p $(sed -n 4p "$dir/data/postgres/postmaster.pid") -U postgres -d giamngheo -v ON_ERROR_STOP=1"
  export PGPASSWORD; PGPASSWORD=$(cat "$dir/data/postgres.password")
  local prov hh
  prov=$($psql -c "SELECT id FROM admin_unit WHERE code = 'thanh-hoa'")
  hh=$($psql -c "SELECT id FROM household WHERE code = (SELECT min(code) FROM household)")
  {
    echo "== rows (count, md5 of the rows ordered by code)"
    $psql -f "$ROOT/bench/bulk-load-check.sql"
    for by in childUnit area ethnicity; do
      echo "== Alkire–Foster by $by"
      curl -sf -u "bench:$PASS" "$BASE/api/v1/analytics/mpi?unitId=$prov&year=2026&k=0.33&by=$by" | python3 -m json.tool --sort-keys
    done
    for std in QD59_2015 ND351_2025; do
      echo "== what-if under $std (ids left out)"
      curl -sf -u "bench:$PASS" "$BASE/api/v1/what-if?unitId=$prov&year=2026&standard=$std&limit=20" | python3 -c '
import json, sys
def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if not (k == "id" or k.endswith("Id") and k not in ("unitId", "communeId", "villageId"))}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x
print(json.dumps(strip(json.load(sys.stdin)), sort_keys=True, indent=1, ensure_ascii=False))'
    done
    echo "== summary report"
    curl -sf -u "bench:$PASS" "$BASE/api/v1/reports/summary?unitId=$prov&year=2026" | python3 -m json.tool --sort-keys
    echo "== pages (status after a form login, and the household's head name on its page)"
    local head jar=$dir/cookies.txt token
    head=$($psql -c "SELECT head_name FROM household WHERE id = $hh")
    rm -f "$jar"
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=bench --data-urlencode "password=$PASS" \
      --data-urlencode "_csrf=$token" "$BASE/login"
    for page in dashboard "/reports/dashboard?unitId=$prov&year=2026" list "/households?unitId=$prov" household "/households/$hh"; do
      [ "${page:0:1}" = / ] || { printf '%s: ' "$page"; continue; }
      curl -s -o "$dir/page.html" -w '%{http_code}\n' -b "$jar" "$BASE$page"
    done
    grep -q "$head" "$dir/page.html" && echo "household page shows its head" || echo "household page does NOT show its head ($head)"
  } > "$out"
  kill "$app"; wait "$app" 2>/dev/null || true
}
figures "$WORK/sql" "$WORK/sql.txt"
figures "$WORK/bulk" "$WORK/bulk.txt"

if diff -u "$WORK/sql.txt" "$WORK/bulk.txt"; then
  echo "the same: $(grep -c . "$WORK/bulk.txt") lines of figures ($WORK/bulk.txt)"
else
  echo "DIFFERENT (above)" >&2; exit 1
fi
# the same on both sides is not enough: the application must have read the data
if ! grep -q "household page shows its head" "$WORK/bulk.txt" || grep -Eq '^(dashboard|list|household): [^2]' "$WORK/bulk.txt"; then
  echo "the application's pages did not read the loaded data (see $WORK/bulk.txt)" >&2; exit 1
fi
