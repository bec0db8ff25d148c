#!/usr/bin/env bash
# Province merge benchmark (not a test): N households (≈ 3.5 members each, with their review rows)
# imported through the product into Thị trấn Plei Kần (Kon Tum), then Kon Tum merged into Thanh Hóa
# through the product (POST /api/v1/admin-units/{id}/merge): every household, member, history and
# review row moves to Thanh Hóa's partitions. Reports households moved per second.
#   ./mvnw -B -o package -DskipTests && N=100000 bench/province-merge.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
PORT=${PORT:-18094}
DIR=target/bench/merge
mkdir -p "$DIR"
FILE=target/bench/review/households-$N.jsonl
mkdir -p target/bench/review
[ -f app/target/giamngheo.jar ] || ./mvnw -B -q -o package -DskipTests -Dspotless.check.skip=true
[ -f "$FILE" ] || java bench/GenerateReviewHouseholds.java "$N" > "$FILE"
rm -rf "$DIR/data"
java ${BENCH_JAVA_OPTS:-} -Xmx1g -jar app/target/giamngheo.jar --server.port=$PORT --giamngheo.data-dir="$DIR/data" \
    --giamngheo.demo-households=false --giamngheo.demo-reform=false > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
until curl -sf "localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 $APP || { tail -50 "$DIR/app.log"; exit 1; }; sleep 1
done
AUTH=admin:giamngheo-demo
id() { curl -sf -u $AUTH "localhost:$PORT/api/v1/admin-units?q=$1&level=$2" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])'; }
COMMUNE=$(id plei%20kan COMMUNE)
KONTUM=$(id kon%20tum PROVINCE)
THANHHOA=$(id thanh%20hoa PROVINCE)
CAMPAIGN=$(curl -sf -u $AUTH -H 'Content-Type: application/json' -d "{\"unitId\":$COMMUNE,\"year\":2024,\"kind\":\"PERIODIC\",\"standard\":\"ND07_2021\"}" \
    "localhost:$PORT/api/v1/reviews" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
START=$(date +%s.%N)
curl -sf -u $AUTH -H 'Content-Type: application/jsonl' --data-binary @"$FILE" \
    "localhost:$PORT/api/v1/reviews/$CAMPAIGN/households" > "$DIR/import.json"
echo "import of $N households: $(echo "$(date +%s.%N) - $START" | bc) s"
START=$(date +%s.%N)
curl -sf -u $AUTH -H 'Content-Type: application/json' -d "{\"predecessorIds\":[$KONTUM],\"effective\":\"2025-07-01\",\"legalBasis\":\"NQ 202/2025/QH15\"}" \
    "localhost:$PORT/api/v1/admin-units/$THANHHOA/merge" > "$DIR/merge.json"
END=$(date +%s.%N)
SECONDS_TAKEN=$(echo "$END - $START" | bc)
echo "merge of Kon Tum ($N households) into Thanh Hóa: $SECONDS_TAKEN s, $(echo "$N / $SECONDS_TAKEN" | bc) households/s"
grep "households followed" "$DIR/app.log" | tail -1
