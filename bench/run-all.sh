#!/usr/bin/env bash
# One command for all benchmarks (issue 7): ./bench/run-all.sh [QUICK]
# Prints one table of results; see docs/benchmarks.md for recorded figures and the goals.
# QUICK=1 uses smaller sizes (for a smoke run); the recorded figures use the defaults.
# Needs: JDK 17, wrk (apt-get install -y wrk) for the HTTP load step.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=${1:-${QUICK:-0}}
N=$([ "$QUICK" = 1 ] && echo 100000 || echo 1000000)
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true' EXIT
results=$work/results.txt
row() { printf '| %-34s | %-52s | %-26s |\n' "$1" "$2" "$3" | tee -a "$results"; }

./mvnw -B -q package -DskipTests
JAR=target/giamngheo.jar
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

# 4. start-up time to the login page with demo data on a fresh folder (issue 7.5)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
start=$(date +%s.%N)
java -Xmx512m -jar "$JAR" --server.port="$port" --giamngheo.data-dir="$work/data" > "$work/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://localhost:$port/login" >/dev/null; do sleep 0.2; done
secs=$(echo "$(date +%s.%N) - $start" | bc)
row "start-up to login page (fresh, demo)" "$(printf '%.1f s' "$secs")" "≤ 20 s"

# 5. HTTP load: 100 logged-in sessions, 60 s (issue 7.3)
if command -v wrk >/dev/null; then
  line=$(bench/load.sh "http://localhost:$port" "$([ "$QUICK" = 1 ] && echo 15s || echo 60s)" 100 2>/dev/null | grep '^LOAD' || true)
  row "HTTP load, 100 sessions (demo data)" "$(echo "$line" | sed 's/^LOAD //' | cut -c1-52)" "p99 ≤ 150 ms, no errors"
else
  row "HTTP load" "skipped: install wrk" "p99 ≤ 150 ms, no errors"
fi
echo
echo "Full lines: $results (copied to target/bench-results.txt)"
cp "$results" target/bench-results.txt
