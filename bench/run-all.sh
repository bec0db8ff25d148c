#!/usr/bin/env bash
# One command for all benchmarks (issue 7): ./bench/run-all.sh [QUICK]
# Prints one table of results; see docs/benchmarks.md for recorded figures and the goals.
# QUICK=1 uses smaller sizes (for a smoke run); the recorded figures use the defaults.
# Needs: JDK 17, wrk (apt-get install -y wrk) for the HTTP load step, psql (apt-get install -y
# postgresql-client) for the review import and report steps. The full run takes about an hour on
# 2 cores (most of it loading the 1 M-household province for the report step); QUICK=1 about 10 min.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=${1:-${QUICK:-0}}
N=$([ "$QUICK" = 1 ] && echo 100000 || echo 1000000)
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true' EXIT
results=$work/results.txt
row() { printf '| %-34s | %-52s | %-26s |\n' "$1" "$2" "$3" | tee -a "$results"; }

./mvnw -B -q package -DskipTests
JAR=app/target/giamngheo.jar
mkdir -p target
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); date: $(date -u +%F); commit: $(git rev-parse --short HEAD)"
printf '| %-34s | %-52s | %-26s |\n|%s|%s|%s|\n' benchmark result goal "------------------------------------" "------------------------------------------------------" "----------------------------"

# 1. generator (issue 7.1)
start=$(date +%s.%N)
java -Xmx256m -jar "$JAR" generate --households "$N" --seed 1 --out "$work/households.jsonl" --units "$work/units.csv"
secs=$(echo "$(date +%s.%N) - $start" | bc)
row "generate $N households" "$(printf '%.1f s, %.0f households/s' "$secs" "$(echo "$N / $secs" | bc -l)")" "≥ 300 k/s"

# 2. CLI classify (issue 3), if the classify command is present
if java -jar "$JAR" classify --help >/dev/null 2>&1 || [ $? -ne 127 ]; then
  start=$(date +%s.%N)
  if java -Xmx256m -jar "$JAR" classify --standard ND07_2021 --input "$work/households.jsonl" > "$work/results.jsonl" 2>"$work/classify.err"; then
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    row "CLI classify $N lines (256 MB heap)" "$(printf '%.1f s, %.0f lines/s' "$secs" "$(echo "$N / $secs" | bc -l)")" "≥ 200 k lines/s"
  else
    row "CLI classify" "not available: $(head -c 80 "$work/classify.err")" "≥ 200 k lines/s"
  fi
fi

# 3. classifier JMH (issue 3), if the bench profile exists
if grep -q '<id>bench</id>' pom.xml; then
  ./mvnw -B -q -Pbench test -Djmh.args="-f 1 -wi 2 -i 3 -rf text -rff $work/jmh.txt ClassifierBenchmark" >/dev/null 2>&1 || true
  if [ -s "$work/jmh.txt" ]; then
    row "classifier (JMH, one core)" "$(grep -m1 -E 'ops/s|thrpt' "$work/jmh.txt" | tr -s ' ' | cut -c1-52)" "≥ 2 M households/s"
  fi
fi

# 4. review import vs raw COPY of the same rows, same run and database (issue 4)
if command -v psql >/dev/null; then
  line=$(N=$([ "$QUICK" = 1 ] && echo 20000 || echo 100000) bench/review-import.sh 2>/dev/null | grep '^product path' || true)
  row "review import vs COPY ($([ "$QUICK" = 1 ] && echo 20k || echo 100k) households)" \
    "$(echo "$line" | sed -E 's/product path: ([0-9.]+)s +raw COPY of the same rows: ([0-9.]+)s +ratio: ([0-9.]+).*/\1 s vs \2 s: ratio \3/' | cut -c1-52)" "≤ 1.5 × COPY"
else
  row "review import vs COPY" "skipped: install postgresql-client (psql)" "≤ 1.5 × COPY"
fi

# 5. report latency on a generated province (issue 6): the largest p50 / p95 of the standard forms
# for the province, a district and a commune, and of the dashboard page
if command -v psql >/dev/null; then
  BENCH_DIR=$work/reports bench/reports.sh "$N" "$([ "$QUICK" = 1 ] && echo 20 || echo 100)" > "$work/reports.md" \
    2> target/bench-reports.err || echo "reports step failed: see target/bench-reports.err" >&2
  forms=$(grep -E '^\| (summary|flows|deprivations|groups|children|lists), (province|district|commune) \|' "$work/reports.md" \
    | awk -F'|' '{ if ($4 + 0 > p50) p50 = $4 + 0; if ($5 + 0 > p95) p95 = $5 + 0 } END { printf "max p50 %.0f ms, max p95 %.0f ms", p50, p95 }' || true)
  dash=$(grep -E '^\| dashboard page, province \|' "$work/reports.md" | awk -F'|' '{ printf "p50 %.0f ms, p95 %.0f ms", $4, $5 }' || true)
  row "report forms, $N households" "$forms" "p95 ≤ 100 ms"
  row "dashboard page, province" "$dash" "≤ 1 s"
  cp "$work/reports.md" target/bench-reports.md
else
  row "reports" "skipped: install postgresql-client (psql)" "p95 ≤ 100 ms"
fi
rm -rf "$work/reports"

# 6. start-up time to the login page with demo data on a fresh folder (issue 7.5)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
start=$(date +%s.%N)
java -Xmx512m -jar "$JAR" --server.port="$port" --giamngheo.data-dir="$work/data" > "$work/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://localhost:$port/login" >/dev/null; do sleep 0.2; done
secs=$(echo "$(date +%s.%N) - $start" | bc)
row "start-up to login page (fresh, demo)" "$(printf '%.1f s' "$secs")" "≤ 20 s"

# 7. HTTP load: 100 logged-in sessions, 60 s (issue 7.3), on the demo data started in step 6
if command -v wrk >/dev/null; then
  LOAD_JAVA_PID=$APP_PID bench/load.sh "http://localhost:$port" "$([ "$QUICK" = 1 ] && echo 15s || echo 60s)" 100 > "$work/load.txt" 2>/dev/null || true
  line=$(grep '^LOAD' "$work/load.txt" || true)
  row "HTTP load, 100 sessions (demo data)" "$(echo "$line" | sed -E 's/^LOAD requests=[0-9]+ duration_s=[0-9.]+ //; s/throughput_rps=/rps /; s/_ms=/ /g' | cut -c1-52)" "p99 ≤ 150 ms, no errors"
  row "survey saves stored / CPU a request" "$(grep -o 'answered stored=[0-9]*, found stored in the database=[0-9]*' "$work/load.txt" | sed 's/answered //; s/, found stored in the database=/ \/ db /') $(grep -o '[0-9.]* + [0-9.]* ms a request' "$work/load.txt")" "every save stored"
else
  row "HTTP load" "skipped: install wrk" "p99 ≤ 150 ms, no errors"
fi
echo
echo "Full lines: $results (copied to target/bench-results.txt)"
cp "$results" target/bench-results.txt
