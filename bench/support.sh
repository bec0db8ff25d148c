#!/usr/bin/env bash
# Support benchmark (issue 14 item 12; not a test). Goals on the shared 2-core machine:
#   (1) the health-insurance entitlement list of a province of 1 M households (≈ 100 k poor and
#       near-poor households on its recognised lists, ≈ 350 k persons) built and checked for double
#       support in ≤ 60 s;
#   (2) a single grant approval p95 ≤ 50 ms with 5 M grants in the table.
# One command: bench/support.sh — prepares the data once (untimed, normal priority, no lock), then
# runs the timed part alone at high priority under the shared bench lock, through bench/priority.sh
# (the lock, and nice -15 for the run's own session autogroup: plain nice is not enough on a kernel
# with sched_autogroup):
#   bench/priority.sh bench/support.sh measure
# Preparation: the generator's province (1,042,991 households, seed 1, review year 2025: Thanh Hóa
# holds 1,000,337 of them), classified by the classify command; the application started on a fresh
# embedded PostgreSQL (the schema is Flyway's); units through the product's admin-units CSV import;
# households, members, snapshots, one recognised BASELINE campaign per commune (lists of 2026 = its
# poor and near-poor households) by COPY and set-based SQL (bench/support/load.sql); 5,000,000
# grants by set-based SQL with every constraint re-validated (bench/support/grants.sql); budget
# allocations through the ledger API. A copy of the prepared database is kept, so that every
# measurement starts from the same state (BENCH_FRESH=1 prepares again).
# Timed: the list build through POST /api/v1/entitlement-lists (the product's code path: one
# set-based INSERT … SELECT with the no-double-support check, the exclusion constraint, the ledger
# commitment, the audit), then bench/support/check.sql (its correctness, computed independently),
# a re-run of the same list (adds nothing), then approvals through POST /api/v1/support-grants/{id}/approval
# (50 warm-up, 500 one after another, 4 clients × 125 at once).
# Needs java 17, python3, psql (Debian postgresql-client). Disk: ≈ 25 GB under $BENCH_DIR.
set -euo pipefail
N=1042991
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/work/bench-support}
PORT=${BENCH_PORT:-8134}
LOCK=${BENCH_LOCK:-/work/wt/bench.lock}
JAR=$WORK/giamngheo.jar
PASS=bench-password-1
BASE=http://localhost:$PORT
MODE=${1:-all}
command -v psql >/dev/null || { echo "psql is missing: apt-get install -y postgresql-client" >&2; exit 2; }
mkdir -p "$WORK"
APP=

start_app() {
  GIAMNGHEO_ADMIN_USERNAME=bench GIAMNGHEO_ADMIN_PASSWORD=$PASS java -Xmx1g -jar "$JAR" --server.port="$PORT" \
    --giamngheo.data-dir="$WORK/data" --giamngheo.demo=false >> "$WORK/app.log" 2>&1 &
  APP=$!
  trap 'stop_app' EXIT
  for _ in $(seq 1 600); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
  curl -sf "$BASE/actuator/health" >/dev/null || { echo "the application did not start, see $WORK/app.log" >&2; exit 1; }
  # the embedded PostgreSQL asks for the superuser's password, kept in the data folder
  PGPASSWORD=$(cat "$WORK/data/postgres.password"); export PGPASSWORD
  PSQL="psql -q -h localhost -p $(sed -n 4p "$WORK/data/postgres/postmaster.pid") -U postgres -d giamngheo -v ON_ERROR_STOP=1"
}
stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}
api() { curl -sf -u "bench:$PASS" -H 'Content-Type: application/json' "$@"; }

prepare() {
  [ -f "$JAR" ] || { (cd "$ROOT" && [ -f app/target/giamngheo.jar ] || ./mvnw -B -o -q package -DskipTests); cp "$ROOT/app/target/giamngheo.jar" "$JAR"; }
  local t0
  t0=$(date +%s)
  if [ ! -s "$WORK/r.jsonl" ]; then
    java -Xmx256m -jar "$JAR" generate --households "$N" --seed 1 --year 2025 --out "$WORK/h.jsonl" --units "$WORK/units.csv"
    java -Xmx256m -jar "$JAR" classify --standard ND07_2021 --input "$WORK/h.jsonl" > "$WORK/r.jsonl"
  fi
  echo "generated and classified in $(( $(date +%s) - t0 )) s" >&2
  rm -rf "$WORK/data" "$WORK/prepared"
  start_app
  t0=$(date +%s)
  curl -sf -u "bench:$PASS" -H 'Content-Type: text/csv' --data-binary @"$WORK/units.csv" "$BASE/api/v1/admin-units/import" >/dev/null
  echo "units imported in $(( $(date +%s) - t0 )) s" >&2
  t0=$(date +%s)
  $PSQL -c "CREATE UNLOGGED TABLE stage_in (doc jsonb); CREATE UNLOGGED TABLE stage_res (doc jsonb);"
  # raw lines: CSV with quote and delimiter characters that never occur in JSON text
  $PSQL -c "\\copy stage_in FROM '$WORK/h.jsonl' WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')"
  $PSQL -c "\\copy stage_res FROM '$WORK/r.jsonl' WITH (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')"
  $PSQL -f "$ROOT/bench/support/load.sql" > "$WORK/load.log"
  echo "households and lists loaded in $(( $(date +%s) - t0 )) s" >&2
  t0=$(date +%s)
  $PSQL -f "$ROOT/bench/support/grants.sql" > "$WORK/grants.log"
  echo "5,000,000 grants loaded and validated in $(( $(date +%s) - t0 )) s" >&2
  # budgets through the ledger API: the province's health-insurance allocation of 2026, and the
  # electricity allocation of 2026 of each commune whose proposals are approved
  local prov bhyt dien
  prov=$($PSQL -At -c "SELECT id FROM admin_unit WHERE code = 'thanh-hoa'")
  bhyt=$($PSQL -At -c "SELECT component_id FROM funding_content WHERE code = 'BHYT_HO_TRO'")
  dien=$($PSQL -At -c "SELECT component_id FROM funding_content WHERE code = 'TIEN_DIEN'")
  $PSQL -At -c "
    SELECT json_agg(json_build_object('kind', 'ALLOCATION', 'unitId', u, 'year', 2026, 'componentId', c,
                    'source', 'CENTRAL_RECURRENT', 'amount', a, 'entryDate', '2026-01-02', 'document', '1/QĐ-UBND-DT'))
    FROM (SELECT $prov AS u, $bhyt AS c, 600000000000 AS a
          UNION ALL SELECT DISTINCT unit_id, $dien, 100000000 FROM support_grant WHERE created_by = 'bench-approve') x" \
    > "$WORK/allocations.json"
  api -X POST --data-binary @"$WORK/allocations.json" "$BASE/api/v1/ledger/entries/batch" >&2; echo >&2
  $PSQL -c "CHECKPOINT"
  echo "database: $($PSQL -At -c "SELECT pg_size_pretty(pg_database_size('giamngheo'))"); grants by state:" >&2
  $PSQL -At -F ' ' -c "SELECT state, count(*) FROM support_grant GROUP BY 1 ORDER BY 1" >&2
  stop_app
  rm -rf "$WORK/data.prepared"
  cp -a "$WORK/data" "$WORK/data.prepared"
  touch "$WORK/prepared"
}

measure() {
  echo "$(date -u '+%F %T') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg), nice $(nice), autogroup $(cat /proc/self/autogroup 2>/dev/null), commit $(git -C "$ROOT" rev-parse --short HEAD)" >&2
  start_app
  local prov content run list
  prov=$($PSQL -At -c "SELECT id FROM admin_unit WHERE code = 'thanh-hoa'")
  content=$($PSQL -At -c "SELECT id FROM funding_content WHERE code = 'BHYT_HO_TRO'")
  echo "grants in the table: $($PSQL -At -c "SELECT count(*) FROM support_grant")" >&2
  local req="{\"unitId\": $prov, \"contentId\": $content, \"on\": \"2026-01-01\", \"source\": \"CENTRAL_RECURRENT\",
              \"amountPoor\": 1263600, \"amountNearPoor\": 884520, \"decision\": \"20/QĐ-UBND-BHYT\", \"decisionDate\": \"2026-01-15\"}"
  run=$(python3 "$ROOT/bench/support/measure.py" "$BASE" bench "$PASS" build "$req")
  echo "list build (province of $($PSQL -At -c "SELECT count(*) FROM household h JOIN admin_unit u ON u.id = h.unit_id WHERE u.path LIKE '/$prov/%'") households): $run"
  list=$(echo "$run" | python3 -c 'import json,sys; print(json.load(sys.stdin)["run"]["listId"])')
  local t0 check
  t0=$(date +%s.%N)
  check=$($PSQL -At -F ' ' -v list="$list" -v province="$prov" -f "$ROOT/bench/support/check.sql")
  echo "check (eligible held_elsewhere added added_not_eligible two_live_cards run_added amounts_agree ok): $check in $(echo "$(date +%s.%N) - $t0" | bc) s"
  [ "${check##* }" = t ] || { echo "THE LIST IS WRONG" >&2; exit 1; }
  echo "re-run of the same list: $(python3 "$ROOT/bench/support/measure.py" "$BASE" bench "$PASS" build "$req")"
  $PSQL -At -c "SELECT id FROM support_grant WHERE created_by = 'bench-approve' AND state = 'PROPOSED' ORDER BY id" > "$WORK/proposals.txt"
  python3 "$ROOT/bench/support/measure.py" "$BASE" bench "$PASS" approve "$WORK/proposals.txt" 50 500 4 125
  echo "approved by the run: $($PSQL -At -c "SELECT count(*) FROM support_grant WHERE created_by = 'bench-approve' AND state = 'APPROVED' AND commitment_entry_id IS NOT NULL") (each with its ledger commitment)"
  stop_app
}

# Untimed, at normal priority and without the lock: where the time goes. On a fresh copy of the
# prepared database, with auto_explain logging every statement's plan with its actual rows, times,
# buffers and trigger times (foreign keys) into $WORK/app.log, one list build and 100 approvals;
# bench/support/profile.py then sums the statements by text.
profile() {
  # BENCH_NO_RESTORE=1: $WORK/data is still the prepared copy (right after prepare)
  [ "${BENCH_NO_RESTORE:-0}" = 1 ] || { rm -rf "$WORK/data" && cp -a "$WORK/data.prepared" "$WORK/data"; }
  cat >> "$WORK/data/postgres/postgresql.auto.conf" <<'CONF'
session_preload_libraries = 'auto_explain'
auto_explain.log_min_duration = 0
auto_explain.log_analyze = on
auto_explain.log_buffers = on
auto_explain.log_triggers = on
auto_explain.log_nested_statements = off
log_min_duration_statement = 0
logging_collector = on
log_directory = 'pglog'
log_filename = 'profile.log'
CONF
  : > "$WORK/app.log"
  start_app
  local prov content req
  prov=$($PSQL -At -c "SELECT id FROM admin_unit WHERE code = 'thanh-hoa'")
  content=$($PSQL -At -c "SELECT id FROM funding_content WHERE code = 'BHYT_HO_TRO'")
  req="{\"unitId\": $prov, \"contentId\": $content, \"on\": \"2026-01-01\", \"source\": \"CENTRAL_RECURRENT\",
       \"amountPoor\": 1263600, \"amountNearPoor\": 884520, \"decision\": \"20/QĐ-UBND-BHYT\", \"decisionDate\": \"2026-01-15\"}"
  local mark
  local LOG=$WORK/data/postgres/pglog/profile.log
  mark=$(wc -l < "$LOG")
  echo "list build (profiled): $(python3 "$ROOT/bench/support/measure.py" "$BASE" bench "$PASS" build "$req")"
  tail -n +"$mark" "$LOG" > "$WORK/profile-build.log"
  $PSQL -At -c "SELECT id FROM support_grant WHERE created_by = 'bench-approve' AND state = 'PROPOSED' ORDER BY id" > "$WORK/proposals.txt"
  mark=$(wc -l < "$LOG")
  python3 "$ROOT/bench/support/measure.py" "$BASE" bench "$PASS" approve "$WORK/proposals.txt" 20 100 1 0 || true
  tail -n +"$mark" "$LOG" > "$WORK/profile-approve.log"
  stop_app
  python3 "$ROOT/bench/support/profile.py" "$WORK/profile-build.log" > "$WORK/profile-build.txt"
  python3 "$ROOT/bench/support/profile.py" "$WORK/profile-approve.log" 100 > "$WORK/profile-approve.txt"
  echo "plans and statement times: $WORK/profile-build.txt, $WORK/profile-approve.txt" >&2
}

case "$MODE" in
  prepare) prepare ;;
  measure) measure ;;
  profile) profile ;;
  all)
    [ "${BENCH_FRESH:-0}" != 1 ] && [ -f "$WORK/prepared" ] || prepare
    rm -rf "$WORK/data" && cp -a "$WORK/data.prepared" "$WORK/data"
    BENCH_LOCK=$LOCK "$ROOT/bench/priority.sh" "$0" measure ;;
  *) echo "usage: bench/support.sh [prepare|measure|profile]" >&2; exit 2 ;;
esac
