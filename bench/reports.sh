#!/usr/bin/env bash
# Speed benchmark of the reports (issue 6 item 7; not a test). Generates a province of N households
# (default 1,000,000) with the generator, starts the application on a fresh embedded database, loads
# the units through the admin-units CSV import and the households straight into the registry and
# review tables — a recognised BASELINE campaign per commune, lists of 2025, then a recognised
# PERIODIC one, lists of 2026 (the product's review import would need 2 × 1,064 campaigns taken step
# by step) — rebuilds the kept report cells, then measures p50/p95 of every standard form for the
# province, a district and a commune, the exports, the dashboard page and Alkire–Foster.
# The load: bench/BulkLoad.java (default): the generator and the classifier in one process, COPY
# text into the partitioned tables with their keys and indexes built after (≈ 5 min a million
# households on the shared 2-core machine); BENCH_LOADER=sql: the former path, the classify
# command's JSON Lines staged by COPY and turned into rows by set-based SQL (bench/reports/load.sql,
# ≈ 12–40 min a million), kept as the reference bench/bulk-load-check.sh compares the loader with.
# Usage: bench/reports.sh [N] [REQUESTS]      needs: java 17, python3, psql (Debian postgresql-client)
# BENCH_REUSE=1 measures again on the database a previous run loaded (kept in $BENCH_DIR/data).
# BENCH_LOAD_ONLY=1 stops after the load and the report cells (for bench/spark-national.sh);
# BENCH_SKIP_CELLS=1 does not build the report cells (reports then read none).
# BENCH_CITIZEN_IDS=1 gives every member a citizen ID (bulk loader only; see BulkLoad.java).
# BENCH_HEAP sets the application's heap (default 2g; issue 7 item 4 asks for 512m at 1 M).
# It also prints the table and index sizes (partitions summed) and times a re-classification of
# the province's lists in force under another standard (the what-if API, streamed).
set -euo pipefail
N=${1:-1000000}
REQUESTS=${2:-100}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/giamngheo-bench-$N}
PORT=${BENCH_PORT:-18086}
JAR=${BENCH_JAR:-$ROOT/app/target/giamngheo.jar}
PASS=bench-password-1
BASE=http://localhost:$PORT
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 2; }
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -o -q package -DskipTests)
mkdir -p "$WORK"
LOADER=${BENCH_LOADER:-bulk}
t0=$(date +%s)
if [ "$LOADER" = sql ]; then
  for y in 2024 2025; do
    if [ ! -s "$WORK/r$y.jsonl" ]; then
      java -jar "$JAR" generate --households "$N" --seed 1 --year "$y" --out "$WORK/h$y.jsonl" --units "$WORK/units.csv"
      java -jar "$JAR" classify --standard ND07_2021 --input "$WORK/h$y.jsonl" > "$WORK/r$y.jsonl"
    fi
  done
  echo "generated and classified in $(( $(date +%s) - t0 )) s" >&2
elif [ ! -s "$WORK/units.csv" ]; then
  # the units only (they depend on N, not on the seed); the loader generates the households itself
  java -Xmx256m -jar "$JAR" generate --households "$N" --seed 1 --year 2025 --out /dev/null --units "$WORK/units.csv"
fi
REUSE=${BENCH_REUSE:-0}
[ "$REUSE" = 1 ] && [ -d "$WORK/data/postgres" ] || { REUSE=0; rm -rf "$WORK/data"; }
GIAMNGHEO_ADMIN_USERNAME=bench GIAMNGHEO_ADMIN_PASSWORD=$PASS java -Xmx"${BENCH_HEAP:-2g}" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" \
  --server.port="$PORT" --giamngheo.data-dir="$WORK/data" --giamngheo.demo=false > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 "${BENCH_START_WAIT:-180}"); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
# the embedded PostgreSQL asks for the superuser's password, kept in the data folder
PGPASSWORD=$(cat "$WORK/data/postgres.password"); export PGPASSWORD
PSQL="psql -q -h localhost -p $PGPORT -U postgres -d giamngheo -v ON_ERROR_STOP=1"
if [ "$REUSE" = 0 ]; then
t0=$(date +%s)
curl -sf -u "bench:$PASS" -H 'Content-Type: text/csv' --data-binary @"$WORK/units.csv" "$BASE/api/v1/admin-units/import" >/dev/null
echo "units imported in $(( $(date +%s) - t0 )) s" >&2
t0=$(date +%s)
if [ "$LOADER" = sql ]; then
  $PSQL -c "CREATE UNLOGGED TABLE stage_in (y int, doc jsonb); CREATE UNLOGGED TABLE stage_res (y int, doc jsonb);"
  for y in 2024 2025; do
    # raw lines: CSV with quote and delimiter characters that never occur in JSON text
    sed "s/^/$y\x02/" "$WORK/h$y.jsonl" | $PSQL -c "\\copy stage_in FROM STDIN WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')"
    sed "s/^/$y\x02/" "$WORK/r$y.jsonl" | $PSQL -c "\\copy stage_res FROM STDIN WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')"
  done
  # the staged copies are all that is needed now: the files (1.2 GB per million households and year)
  # go, to leave room for the database (they come back in a minute with the same bytes)
  [ "${BENCH_KEEP_INPUT:-0}" = 1 ] || rm -f "$WORK"/h20*.jsonl "$WORK"/r20*.jsonl
  $PSQL -f "$ROOT/bench/reports/load.sql" > "$WORK/load.log"
else
  # the loader runs on the application's own classes (generator, classifier) and libraries
  [ -f "$WORK/jar/$(basename "$JAR")" ] || java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/jar" >&2
  (cd "$WORK" && java -Xmx1g -cp "$WORK/jar/$(basename "$JAR"):$WORK/jar/lib/*" "$ROOT/bench/BulkLoad.java" --jar "$JAR" \
    --households "$N" --seed 1 --year 2025 --url "jdbc:postgresql://127.0.0.1:$PGPORT/giamngheo" \
    --password-file "$WORK/data/postgres.password" $([ "${BENCH_CITIZEN_IDS:-0}" = 1 ] && echo --citizen-ids)) 2> "$WORK/load.log" \
    || { tail -20 "$WORK/load.log" >&2; exit 1; }
fi
echo "households loaded in $(( $(date +%s) - t0 )) s" >&2
if [ "${BENCH_SKIP_CELLS:-0}" != 1 ]; then
  t0=$(date +%s)
  curl -sf -u "bench:$PASS" -X POST "$BASE/api/v1/reports/rebuild" >&2; echo >&2
  echo "report cells rebuilt in $(( $(date +%s) - t0 )) s" >&2
  $PSQL -c "VACUUM ANALYZE report_cell" -c "VACUUM ANALYZE report_basis"
fi
fi
[ "${BENCH_LOAD_ONLY:-0}" = 1 ] && { echo "loaded in $WORK/data (BENCH_LOAD_ONLY)" >&2; exit 0; }
echo "table sizes (MB: data incl. TOAST / indexes / rows estimated), database $($PSQL -At -c "SELECT pg_database_size('giamngheo') / 1048576") MB:" >&2
$PSQL -F ' | ' -At -c "VACUUM ANALYZE household_identity" -c "
  SELECT t, round(sum(pg_table_size(r)) / 1048576.0), round(sum(pg_indexes_size(r)) / 1048576.0), sum(c.reltuples)::bigint,
         count(*)
  FROM (SELECT t, coalesce(p.relid, t::regclass) AS r
        FROM unnest(ARRAY['household', 'household_member', 'household_version', 'review_household', 'review_outcome',
                          'household_identity', 'review_campaign', 'report_cell', 'admin_unit', 'audit_entry']) t
        LEFT JOIN LATERAL pg_partition_tree(t::regclass) p ON p.isleaf) x
  JOIN pg_class c ON c.oid = x.r GROUP BY t ORDER BY 2 DESC" | sed 's/^/  /; s/$/ partitions/' >&2
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
# re-classification: the province's lists in force (every household of the 2025 review) classified
# again from their recorded survey input under NĐ 07/2021 and under QĐ 59/2015 (what-if, nothing stored)
for std in ND07_2021 QD59_2015; do
  curl -s -o "$WORK/whatif-$std.json" -w "re-classification of the province under $std: %{time_total}s\n" -u "bench:$PASS" \
    "$BASE/api/v1/what-if?unitId=$PROV&year=2026&standard=$std&limit=100" >&2
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('  households', d['households'], 'changed', d['changedCount'])" "$WORK/whatif-$std.json" >&2
done
echo "largest heap after a collection: $(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$WORK/gc.log" | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1) MB (limit ${BENCH_HEAP:-2g})" >&2
# the work a recognition adds to its transaction: one commune's cells recomputed and the delta applied
# to its ancestors (timed through the repair endpoint; Basic auth hashes the password on each call,
# so the time of a plain authenticated GET is given beside it)
for i in 1 2 3 4 5; do
  r=$(curl -s -o /dev/null -w '%{time_total}' -u "bench:$PASS" -X POST "$BASE/api/v1/reports/rebuild?communeId=$COMM")
  g=$(curl -s -o /dev/null -w '%{time_total}' -u "bench:$PASS" "$BASE/api/v1/admin-units/$COMM")
  echo "commune refresh: ${r}s (plain authenticated GET: ${g}s)"
done
