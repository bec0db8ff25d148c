#!/usr/bin/env bash
# Speed benchmark of the reports (issue 6 item 7; not a test). Generates a province of N households
# (default 1,000,000) with the generator, starts the application on a fresh embedded database, loads
# the units through the admin-units CSV import and the households straight into the review tables
# with COPY (bench/reports/load.sql: a recognised BASELINE campaign per commune, lists of 2025, then a
# recognised PERIODIC one, lists of 2026 — the product's review import would need 2 × 1,064 campaigns
# taken step by step), rebuilds the kept report cells, then measures p50/p95 of every standard form
# for the province, a district and a commune, the exports, the dashboard page and Alkire–Foster.
# Usage: bench/reports.sh [N] [REQUESTS]      needs: java 17, python3, psql (Debian postgresql-client)
# BENCH_REUSE=1 measures again on the database a previous run loaded (kept in $BENCH_DIR/data).
set -euo pipefail
N=${1:-1000000}
REQUESTS=${2:-100}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/giamngheo-bench-$N}
PORT=${BENCH_PORT:-18086}
JAR=$ROOT/target/giamngheo.jar
PASS=bench-password-1
BASE=http://localhost:$PORT
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 2; }
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -o -q package -DskipTests)
mkdir -p "$WORK"
t0=$(date +%s)
for y in 2024 2025; do
  if [ ! -s "$WORK/r$y.jsonl" ]; then
    java -jar "$JAR" generate --households "$N" --seed 1 --year "$y" --out "$WORK/h$y.jsonl" --units "$WORK/units.csv"
    java -jar "$JAR" classify --standard ND07_2021 --input "$WORK/h$y.jsonl" > "$WORK/r$y.jsonl"
  fi
done
echo "generated and classified in $(( $(date +%s) - t0 )) s" >&2
REUSE=${BENCH_REUSE:-0}
[ "$REUSE" = 1 ] && [ -d "$WORK/data/postgres" ] || { REUSE=0; rm -rf "$WORK/data"; }
GIAMNGHEO_ADMIN_USERNAME=bench GIAMNGHEO_ADMIN_PASSWORD=$PASS java -Xmx2g -jar "$JAR" \
  --server.port="$PORT" --giamngheo.data-dir="$WORK/data" --giamngheo.demo=false > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 180); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
PSQL="psql -q -h localhost -p $PGPORT -U postgres -d giamngheo -v ON_ERROR_STOP=1"
if [ "$REUSE" = 0 ]; then
t0=$(date +%s)
curl -sf -u "bench:$PASS" -H 'Content-Type: text/csv' --data-binary @"$WORK/units.csv" "$BASE/api/v1/admin-units/import" >/dev/null
echo "units imported in $(( $(date +%s) - t0 )) s" >&2
t0=$(date +%s)
$PSQL -c "CREATE UNLOGGED TABLE stage_in (y int, doc jsonb); CREATE UNLOGGED TABLE stage_res (y int, doc jsonb);"
for y in 2024 2025; do
  # raw lines: CSV with quote and delimiter characters that never occur in JSON text
  sed "s/^/$y\x02/" "$WORK/h$y.jsonl" | $PSQL -c "\\copy stage_in FROM STDIN WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')"
  sed "s/^/$y\x02/" "$WORK/r$y.jsonl" | $PSQL -c "\\copy stage_res FROM STDIN WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')"
done
$PSQL -f "$ROOT/bench/reports/load.sql" > "$WORK/load.log"
echo "households loaded in $(( $(date +%s) - t0 )) s" >&2
t0=$(date +%s)
curl -sf -u "bench:$PASS" -X POST "$BASE/api/v1/reports/rebuild" >&2; echo >&2
echo "report cells rebuilt in $(( $(date +%s) - t0 )) s" >&2
$PSQL -c "VACUUM ANALYZE report_cell" -c "VACUUM ANALYZE report_basis"
fi
id() { $PSQL -At -c "SELECT id FROM admin_unit WHERE code = '$1'"; }
PROV=$(id thanh-hoa); DIST=$(id thanh-hoa/tho-xuan); COMM=$(id thanh-hoa/tho-xuan/xuan-bai)
echo "households: $($PSQL -At -c 'SELECT count(*) FROM household'); province $PROV, district $DIST, commune $COMM" >&2
args=()
for f in summary flows deprivations groups children lists; do
  args+=("$f, province=/api/v1/reports/$f?unitId=$PROV&year=2026")
  args+=("$f, district=/api/v1/reports/$f?unitId=$DIST&year=2026")
  args+=("$f, commune=/api/v1/reports/$f?unitId=$COMM&year=2026")
done
args+=("summary public, province=/api/v1/reports/summary?unitId=$PROV&year=2026&public=true")
args+=("summary xlsx, province=/api/v1/reports/summary?unitId=$PROV&year=2026&format=xlsx")
args+=("summary pdf, province=/api/v1/reports/summary?unitId=$PROV&year=2026&format=pdf")
args+=("ADX export, province=/api/v1/exports/adx?unitId=$PROV&year=2026")
args+=("dashboard page, province=/reports/dashboard?unitId=$PROV&year=2026")
args+=("dashboard page, commune=/reports/dashboard?unitId=$COMM&year=2026")
python3 "$ROOT/bench/reports/measure.py" "$BASE" bench "$PASS" "$REQUESTS" 10 "${args[@]}"
python3 "$ROOT/bench/reports/measure.py" "$BASE" bench "$PASS" 5 1 \
  "Alkire-Foster k 0.33 province=/api/v1/analytics/mpi?unitId=$PROV&year=2026&k=0.33" \
  "Alkire-Foster k 0.33 by child unit district=/api/v1/analytics/mpi?unitId=$DIST&year=2026&k=0.33&by=childUnit" \
  "Alkire-Foster k 0.33 commune=/api/v1/analytics/mpi?unitId=$COMM&year=2026&k=0.33"
# the work a recognition adds to its transaction: one commune's cells recomputed and the delta applied
# to its ancestors (timed through the repair endpoint; Basic auth hashes the password on each call,
# so the time of a plain authenticated GET is given beside it)
for i in 1 2 3 4 5; do
  r=$(curl -s -o /dev/null -w '%{time_total}' -u "bench:$PASS" -X POST "$BASE/api/v1/reports/rebuild?communeId=$COMM")
  g=$(curl -s -o /dev/null -w '%{time_total}' -u "bench:$PASS" "$BASE/api/v1/admin-units/$COMM")
  echo "commune refresh: ${r}s (plain authenticated GET: ${g}s)"
done
