#!/usr/bin/env bash
# The 2025 reform applied to a province of 1 M households (issue 19 item 6; not a test). Goal on
# the shared 2-core machine: ≤ 5 minutes, end to end, through the product's reform path.
#
# The data: the prepared database of bench/support.sh (the generator's units; Thanh Hóa holds
# 1,000,337 households with members, snapshots, review rows and outcomes, its recognised lists of
# 2026, 5 M support grants), copied (`cp -a`, ≈ 15 GB) — the original is never touched.
# The reform: bench/reform/lists.py writes, in the official files' format, the lists before and
# after and the succession for those units — Thanh Hóa merged into Kon Tum (the new province keeps
# Kon Tum's code, as NQ 202/2025/QH15 did for the merged provinces), the communes of each old
# district merged three by three (each new commune carrying its first predecessor's code), the
# districts abolished. Applied through POST /api/v1/admin-units/reform-2025/import-lists, the code
# an administrator runs from the page or the API: units retired and created, succession links,
# villages moved under the new communes, the households (and their members, history, review rows
# and outcomes) re-filed into Kon Tum's partitions, report cells and carried targets refreshed.
#
#   bench/reform-province.sh prepare                      # untimed, normal priority, no lock
#   bench/priority.sh bench/reform-province.sh measure    # timed: alone, high priority, the lock
#
# measure starts the application on the copy (not timed), times the request (dry run first is
# NOT done: it would do the whole work and roll back), checks the result in SQL, stops the
# application. The copy is consumed: run prepare again before the next measure.
# Environment: BENCH_DIR (default /work/bench-reform), BENCH_JAR (default a copy at
# $BENCH_DIR/giamngheo.jar of app/target/giamngheo.jar), PORT (8147), SOURCE (the prepared data).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${BENCH_DIR:-/work/bench-reform}
SOURCE=${SOURCE:-/work/bench-support/data.prepared}
PORT=${PORT:-8147}
JAR=${BENCH_JAR:-$DIR/giamngheo.jar}
PASS=bench-password-1
MODE=${1:-}
mkdir -p "$DIR"

prepare() {
    [ -f /work/bench-support/prepared ] || { echo "the prepared province is not ready (/work/bench-support/prepared)" >&2; exit 1; }
    [ -n "${BENCH_JAR:-}" ] || cp app/target/giamngheo.jar "$JAR"
    rm -rf "$DIR/data"
    local t0=$(date +%s)
    cp -a "$SOURCE" "$DIR/data"
    rm -f "$DIR/data/postgres/postmaster.pid"
    echo "copied the prepared database in $(( $(date +%s) - t0 )) s" >&2
    python3 bench/reform/lists.py /work/bench-support/units.csv "$DIR/lists"
}

APP=
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi; }

measure() {
    [ -d "$DIR/data" ] || { echo "run prepare first" >&2; exit 1; }
    GIAMNGHEO_ADMIN_USERNAME=bench GIAMNGHEO_ADMIN_PASSWORD=$PASS java -Xmx1g -jar "$JAR" --server.port="$PORT" \
        --giamngheo.data-dir="$DIR/data" --giamngheo.demo=false >> "$DIR/app.log" 2>&1 &
    APP=$!
    trap stop_app EXIT
    until curl -sf "localhost:$PORT/actuator/health" > /dev/null; do
        kill -0 $APP 2>/dev/null || { tail -40 "$DIR/app.log"; exit 1; }; sleep 1
    done
    PGPASSWORD=$(cat "$DIR/data/postgres.password"); export PGPASSWORD
    PSQL="psql -qAt -h localhost -p $(sed -n 4p "$DIR/data/postgres/postmaster.pid") -U postgres -d giamngheo"
    echo "before: $($PSQL -c "SELECT string_agg(u.code || ' ' || n, ', ') FROM (SELECT province_id, count(*) n FROM household GROUP BY 1) h JOIN admin_unit u ON u.id = h.province_id")"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
    local start end
    start=$(date +%s.%N)
    curl -sS -u "bench:$PASS" -o "$DIR/result.json" -w '%{http_code}\n' \
        -F before=@"$DIR/lists/before.csv" -F after=@"$DIR/lists/after.csv" -F succession=@"$DIR/lists/succession.csv" \
        "localhost:$PORT/api/v1/admin-units/reform-2025/import-lists?scope=COUNTRY&dryRun=false"
    end=$(date +%s.%N)
    echo "the reform of the 1 M-household province, whole request: $(echo "$end - $start" | bc) s"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    cat "$DIR/result.json"; echo
    grep -E "households followed|Official unit lists" "$DIR/app.log" | tail -2
    echo "after: $($PSQL -c "SELECT string_agg(u.code || ' ' || n, ', ') FROM (SELECT province_id, count(*) n FROM household GROUP BY 1) h JOIN admin_unit u ON u.id = h.province_id")"
    echo "households whose unit is not under their province: $($PSQL -c "SELECT count(*) FROM household h JOIN admin_unit u ON u.id = h.unit_id WHERE split_part(u.path, '/', 2)::bigint <> h.province_id")"
    echo "households under a retired unit: $($PSQL -c "SELECT count(*) FROM household h JOIN admin_unit u ON u.id = h.unit_id WHERE u.valid_to IS NOT NULL")"
    echo "members, review rows not with their household's province: $($PSQL -c "SELECT (SELECT count(*) FROM household_member m JOIN household h ON h.id = m.household_id WHERE h.province_id <> m.province_id), (SELECT count(*) FROM review_household r JOIN household h ON h.id = r.household_id WHERE h.province_id <> r.province_id)")"
    stop_app
}

case "$MODE" in
    prepare) prepare ;;
    measure) measure ;;
    *) sed -n '2,25p' "$0"; exit 2 ;;
esac
