#!/usr/bin/env bash
# The official lists of the 2025 reform (issue 19 item 6; not a test). Goals on the shared 2-core
# machine: both lists and the succession (10,794 + 3,355 units, ≈ 10,600 links) imported ≤ 60 s,
# and the first start of the demo (which applies the reform to its places after its reviews) still
# shows the login page ≤ 20 s.
#   ./mvnw -B -o package -DskipTests && cp app/target/giamngheo.jar /tmp/reformscale.jar
#   BENCH_JAR=/tmp/reformscale.jar bench/priority.sh bench/reform-lists.sh
# 1. the command `units-reform --country` on a fresh database without the demo: the whole command
#    (JVM and application start, import, stop) and the import itself (its report), then a second,
#    idempotent run;
# 2. a first start with the demo on a fresh folder: seconds until GET /login answers 200, then until
#    the demo's reform is applied (its log line).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-app/target/giamngheo.jar}
PORT=${PORT:-8147}
DIR=${BENCH_DIR:-target/bench/reform-lists}
rm -rf "$DIR"; mkdir -p "$DIR"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
for run in first second; do
    start=$(date +%s.%N)
    java -Xmx1g -Dgiamngheo.data-dir="$DIR/cli" -Dgiamngheo.demo=false -jar "$JAR" units-reform --country > "$DIR/cli-$run.log" 2>&1
    echo "units-reform --country ($run run), whole command: $(echo "$(date +%s.%N) - $start" | bc) s"
    grep "^units-reform" "$DIR/cli-$run.log"
done
start=$(date +%s.%N)
java -Xmx1g -jar "$JAR" --server.port=$PORT --giamngheo.data-dir="$DIR/demo" > "$DIR/demo.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:$PORT/login)" = 200 ]; do
    kill -0 $APP 2>/dev/null || { tail -30 "$DIR/demo.log"; exit 1; }; sleep 0.2
done
echo "first start with the demo: login page after $(echo "$(date +%s.%N) - $start" | bc) s"
for _ in $(seq 1 900); do grep -q "Official unit lists of the 2025 reform" "$DIR/demo.log" && break; sleep 1; done
echo "the demo's reform applied $(echo "$(date +%s.%N) - $start" | bc) s after the start:"
grep "Official unit lists of the 2025 reform" "$DIR/demo.log" | tail -1 | sed 's/.*: Official/Official/'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
