#!/usr/bin/env bash
# Benchmark of the national jobs (docs/scaling.md, docs/benchmarks.md; not a test): the same three
# jobs — the country re-classified under NĐ 351/2025, Alkire–Foster with its decompositions, citizen
# IDs held twice — done by the application one province at a time (its what-if and Alkire–Foster
# API, as a national user would have to today; the duplicate check as one SQL statement in its
# database, the application having no such job) and by the Spark jobs on a standalone cluster of
# two workers on loopback (bench/spark-cluster.sh). Wall time of each, and peak resident memory of
# the processes doing the work (sampled every 0.5 s).
#
# Usage: bench/spark-national.sh N        after bench/reports.sh N has loaded $BENCH_DIR (the same
#        BENCH_DIR, default /tmp/giamngheo-bench-N) — the households, their reviews and lists.
#        (bench/reports.sh with BENCH_LOAD_ONLY=1 BENCH_CITIZEN_IDS=1 loads it fastest.)
# Settings: WORKERS (2), WORKER_CORES (1), EXECUTOR_MEMORY (768m), BENCH_HEAP (1g, the application),
# BENCH_SIDE: app (only the application's side), spark (only the Spark side) or both (default) — at
# 5 M each side takes minutes, so each is timed in its own hold of the bench lock (bench/priority.sh);
# BENCH_MPI_BY: the application's Alkire–Foster decompositions asked per province (default
# "childUnit area ethnicity"; by child unit the application reads its kept report cells, so leave it
# out when the load skipped them: BENCH_SKIP_CELLS=1 in bench/reports.sh).
set -euo pipefail
N=${1:?usage: $0 N}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/giamngheo-bench-$N}
PORT=${BENCH_PORT:-18107}
JAR=${BENCH_JAR:-$ROOT/app/target/giamngheo.jar}
AUTH=bench:bench-password-1
BASE=http://localhost:$PORT
YEAR=${BENCH_YEAR:-2026}
[ -d "$WORK/data/postgres" ] || { echo "no database in $WORK/data: run bench/reports.sh $N first" >&2; exit 2; }

# peak RSS (MB) of the processes matching a pattern, sampled until the file $1.stop appears
sample() {
  local out=$1 pattern=$2 max=0
  rm -f "$out.stop"
  while [ ! -f "$out.stop" ]; do
    local kb
    # no such process yet (executors start later): 0, not a failed pipeline that ends the sampler
    kb=$( (pgrep -f -- "$pattern" || true) | xargs -r -I{} awk '/VmRSS/ {print $2}' /proc/{}/status 2>/dev/null | awk '{s += $1} END {print s + 0}')
    [ "$kb" -gt "$max" ] && max=$kb
    echo $((max / 1024)) > "$out"
    sleep 0.5
  done
}
stop_sampling() { touch "$1.stop"; sleep 1; cat "$1" 2>/dev/null || echo -; }

java -Xmx"${BENCH_HEAP:-1g}" -jar "$JAR" --server.port="$PORT" --giamngheo.data-dir="$WORK/data" --giamngheo.demo=false \
  > "$WORK/national-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; "$ROOT/bench/spark-cluster.sh" stop >/dev/null 2>&1 || true' EXIT
for i in $(seq 1 300); do curl -sf "$BASE/actuator/health/readiness" >/dev/null && break; sleep 1; done
PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
URL=jdbc:postgresql://127.0.0.1:$PGPORT/giamngheo
export PGPASSWORD; PGPASSWORD=$(cat "$WORK/data/postgres.password")
PSQL="psql -q -At -h 127.0.0.1 -p $PGPORT -U postgres -d giamngheo -v ON_ERROR_STOP=1"

# the generator writes no citizen IDs: every member gets one, and one household in 1,000 shares an ID
# with a household elsewhere (as records merged from older systems do)
if [ "$($PSQL -c 'SELECT count(*) FROM household_member WHERE citizen_id IS NOT NULL')" = 0 ]; then
  t0=$(date +%s)
  $PSQL -c "UPDATE household_member SET citizen_id = lpad((household_id * 16 + ord)::text, 12, '0')"
  $PSQL -c "UPDATE household_member m SET citizen_id = lpad(((m.household_id + 7919) * 16)::text, 12, '0')
            WHERE m.ord = 0 AND m.household_id % 1000 = 0
              AND EXISTS (SELECT 1 FROM household WHERE id = m.household_id + 7919)" -c "VACUUM ANALYZE household_member"
  echo "citizen IDs set in $(( $(date +%s) - t0 )) s" >&2
fi
PROVINCES=$($PSQL -c "SELECT DISTINCT h.province_id FROM household h ORDER BY 1")
echo "households: $($PSQL -c 'SELECT count(*) FROM household'), provinces: $(echo $PROVINCES | wc -w), load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

SIDE=${BENCH_SIDE:-both}
echo "$(date -u '+%F %T') UTC, side $SIDE, commit $(git -C "$ROOT" rev-parse --short HEAD), nice $(nice)" >&2
ms() { date +%s%3N; }
APP_WHATIF=- APP_WHATIF_RSS=- APP_MPI=- APP_MPI_RSS=- DB_DUP=- DB_DUP_IDS=-
SPARK_ALL=- EXEC_RSS=- DRIVER_RSS=-
touch "$WORK/spark-runs.txt"
if [ "$SIDE" != spark ]; then
# --- the application, one province at a time ---
sample "$WORK/app-whatif.rss" "giamngheo.data-dir=$WORK/data" & t0=$(ms)
for p in $PROVINCES; do
  curl -sf -u "$AUTH" -o /dev/null "$BASE/api/v1/what-if?unitId=$p&year=$YEAR&standard=ND351_2025&limit=500"
done
APP_WHATIF=$(( $(ms) - t0 )); APP_WHATIF_RSS=$(stop_sampling "$WORK/app-whatif.rss")
sample "$WORK/app-mpi.rss" "giamngheo.data-dir=$WORK/data" & t0=$(ms)
for p in $PROVINCES; do
  for by in ${BENCH_MPI_BY:-childUnit area ethnicity}; do
    curl -sf -u "$AUTH" -o /dev/null "$BASE/api/v1/analytics/mpi?unitId=$p&year=$YEAR&k=0.33&by=$by"
  done
done
APP_MPI=$(( $(ms) - t0 )); APP_MPI_RSS=$(stop_sampling "$WORK/app-mpi.rss")
t0=$(ms)
DB_DUP_IDS=$($PSQL -c "SELECT count(*) FROM (SELECT citizen_id FROM household_register_citizen c
                       JOIN household_register h ON h.id = c.household_id AND h.province_id = c.province_id
                       WHERE NOT h.voided GROUP BY 1 HAVING count(DISTINCT c.household_id) >= 2) x")
DB_DUP=$(( $(ms) - t0 ))
fi

if [ "$SIDE" != app ]; then
# --- Spark, a master and two workers on loopback ---
"$ROOT/bench/spark-cluster.sh" start >&2
for j in "{\"job\":\"WHAT_IF\",\"year\":$YEAR,\"standard\":\"ND351_2025\"}" \
         "{\"job\":\"MPI\",\"year\":$YEAR,\"standard\":\"ND07_2021\",\"k\":\"0.33\"}" '{"job":"DUPLICATES"}'; do
  curl -sf -u "$AUTH" -H 'Content-Type: application/json' -d "$j" "$BASE/api/v1/national/runs" >/dev/null
done
sample "$WORK/spark-exec.rss" "CoarseGrainedExecutorBackend" &
sample "$WORK/spark-driver.rss" "vn.giamngheo.spark.NationalJobs" &
t0=$(ms)
"$ROOT/bench/spark-cluster.sh" run --url "$URL" --password-file "$WORK/data/postgres.password" 2>"$WORK/spark-driver.log" | tee "$WORK/spark-runs.txt" >&2
SPARK_ALL=$(( $(ms) - t0 ))
EXEC_RSS=$(stop_sampling "$WORK/spark-exec.rss"); DRIVER_RSS=$(stop_sampling "$WORK/spark-driver.rss")
"$ROOT/bench/spark-cluster.sh" stop >&2
else
  : > "$WORK/spark-runs.txt"
fi
sp() { awk -v j="$1" '$3 == j":" {print $(NF-1)}' "$WORK/spark-runs.txt" | grep . || echo -; }

echo
echo "| job, $N households | application (one province at a time) | Spark, 2 workers × ${WORKER_CORES:-1} core |"
echo "|---|---|---|"
echo "| what-if under NĐ 351/2025 | $APP_WHATIF ms, app RSS peak $APP_WHATIF_RSS MB | $(sp WHAT_IF) ms |"
echo "| Alkire–Foster, decompositions | $APP_MPI ms (by ${BENCH_MPI_BY:-childUnit area ethnicity}: a request each a province), app RSS peak $APP_MPI_RSS MB | $(sp MPI) ms |"
echo "| IDs in two households ($DB_DUP_IDS found) | $DB_DUP ms (one SQL statement in PostgreSQL) | $(sp DUPLICATES) ms |"
echo "| the three on Spark, driver start to end | | $SPARK_ALL ms; peaks: executors $EXEC_RSS MB (sum), driver $DRIVER_RSS MB |"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
