#!/usr/bin/env bash
# Review import benchmark (issue 4 item 9; not a test). Imports N households (≈ 3.5 members each)
# into a campaign through the product path (POST /api/v1/reviews/{id}/households, JSON Lines, one
# transaction) on a fresh embedded database with -Xmx1g, then times a raw PostgreSQL COPY of the
# same rows (households, members, campaign rows) into tables shaped like the real ones, in the
# same database and run. Goal: product ≤ 1.5 × raw COPY.
#   ./mvnw -B -o package -DskipTests && bench/review-import.sh        # N=100000 by default
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
PORT=${PORT:-18093}
DIR=target/bench/review
mkdir -p "$DIR"
FILE=$DIR/households-$N.jsonl
[ -f target/giamngheo.jar ] || ./mvnw -B -q -o package -DskipTests -Dspotless.check.skip=true
[ -f "$FILE" ] || java bench/GenerateReviewHouseholds.java "$N" > "$FILE"
python3 bench/review_copy_rows.py "$FILE" "$DIR"
rm -rf "$DIR/data"
java -Xmx1g -Xlog:gc:file="$DIR/gc.log" -jar target/giamngheo.jar --server.port=$PORT --giamngheo.data-dir="$DIR/data" \
    --giamngheo.demo-households=false > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
until curl -sf "localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 $APP || { tail -50 "$DIR/app.log"; exit 1; }; sleep 1
done
AUTH=admin:giamngheo-demo
COMMUNE=$(curl -sf -u $AUTH "localhost:$PORT/api/v1/admin-units?q=xuan%20bai" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
CAMPAIGN=$(curl -sf -u $AUTH -H 'Content-Type: application/json' -d "{\"unitId\":$COMMUNE,\"year\":2030,\"kind\":\"PERIODIC\",\"standard\":\"ND07_2021\"}" \
    "localhost:$PORT/api/v1/reviews" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "campaign $CAMPAIGN: importing $N households ($(stat -c %s "$FILE") bytes)"
START=$(date +%s.%N)
curl -sf -u $AUTH -H 'Content-Type: application/jsonl' --data-binary @"$FILE" \
    "localhost:$PORT/api/v1/reviews/$CAMPAIGN/households" > "$DIR/result.json"
END=$(date +%s.%N)
PRODUCT=$(echo "$END - $START" | bc)
cat "$DIR/result.json"; echo
PGPORT=$(grep -o 'on port [0-9]*' "$DIR/app.log" | head -1 | awk '{print $3}')
PSQL="psql -q -h localhost -p $PGPORT -U postgres giamngheo"
$PSQL -c "CREATE TABLE bench_household (LIKE household INCLUDING ALL); CREATE TABLE bench_member (LIKE household_member INCLUDING ALL);
          CREATE TABLE bench_review (LIKE review_household INCLUDING ALL);"
START=$(date +%s.%N)
$PSQL -c "\copy bench_household (code, unit_id, head_name, search_name, area, labour_capacity, ethnic_minority, person_of_merit, social_protection, female_head, dwelling, created_at, created_by, changed_at, changed_by) FROM '$DIR/household.tsv'" \
      -c "\copy bench_member (household_id, ord, name, search_name, citizen_id, birth_year, sex, relation, ethnicity, facts) FROM '$DIR/member.tsv'" \
      -c "\copy bench_review (campaign_id, household_id, household_code, village_id, source, input, household_class, deprivations, reasons, warnings, standard_id, standard_version, persons, created_at, created_by, changed_at, changed_by) FROM '$DIR/review.tsv'"
END=$(date +%s.%N)
COPY=$(echo "$END - $START" | bc)
HEAP=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$DIR/gc.log" | sed -E 's/([0-9]+)M->.*/\1/' | sort -n | tail -1)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "product path: ${PRODUCT}s   raw COPY of the same rows: ${COPY}s   ratio: $(echo "scale=2; $PRODUCT / $COPY" | bc)   max heap before GC: ${HEAP:-?} MB (limit 1024)"
