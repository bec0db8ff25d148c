#!/usr/bin/env bash
# Review import benchmark (issue 4 item 9; not a test). Imports N households (≈ 3.5 members each)
# into a campaign through the product path (POST /api/v1/reviews/{id}/households, JSON Lines, one
# transaction) on a fresh embedded database with -Xmx1g, then times a raw PostgreSQL COPY of the
# same rows (households, members, campaign rows) into the same tables — same indexes, same foreign
# keys — in a transaction that is rolled back, in the same database and run. Goal: product ≤ 1.5 ×
# raw COPY.
#   ./mvnw -B -o package -DskipTests && bench/review-import.sh        # N=100000 by default
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
PORT=${PORT:-18093}
DIR=target/bench/review
mkdir -p "$DIR"
FILE=$DIR/households-$N.jsonl
JAR=${BENCH_JAR:-app/target/giamngheo.jar} # BENCH_JAR=/tmp/copy.jar: a rebuild cannot replace it mid-run
[ -f "$JAR" ] || ./mvnw -B -q -o package -DskipTests -Dspotless.check.skip=true
[ -f "$FILE" ] || java bench/GenerateReviewHouseholds.java "$N" > "$FILE"
rm -rf "$DIR/data"
java ${BENCH_JAVA_OPTS:-} -Xmx1g -Xlog:gc:file="$DIR/gc.log" -jar "$JAR" --server.port=$PORT --giamngheo.data-dir="$DIR/data" \
    --giamngheo.demo-households=false > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
until curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null; do # ready: demo data and warm-up done
    kill -0 $APP || { tail -50 "$DIR/app.log"; exit 1; }; sleep 1
done
AUTH=admin:giamngheo-demo
# a commune in force (since the 2025 reform Xuân Bái is retired, and a campaign needs a unit in force)
COMMUNE=$(curl -sf -u $AUTH "localhost:$PORT/api/v1/admin-units?q=xu%C3%A2n&level=COMMUNE" \
    | python3 -c 'import json,sys; print(next(u["id"] for u in json.load(sys.stdin) if not u["retired"]))')
CAMPAIGN=$(curl -sf -u $AUTH -H 'Content-Type: application/json' -d "{\"unitId\":$COMMUNE,\"year\":2030,\"kind\":\"PERIODIC\",\"standard\":\"ND07_2021\"}" \
    "localhost:$PORT/api/v1/reviews" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
PGPORT=$(grep -o 'on port [0-9]*' "$DIR/app.log" | head -1 | awk '{print $3}')
export PGPASSWORD="$(cat "$DIR/data/postgres.password")" # the embedded database has a password (decision 1202)
PSQL="psql -q -h localhost -p $PGPORT -U postgres giamngheo"
PROVINCE=$($PSQL -At -c "SELECT admin_unit_province($COMMUNE)")
python3 bench/review_copy_rows.py "$FILE" "$DIR" 50000000 "$CAMPAIGN" "$COMMUNE" "$PROVINCE"
START=$(date +%s.%N)
$PSQL <<SQL
BEGIN;
\copy household (province_id, id, code, unit_id, head_name, search_name, area, labour_capacity, ethnic_minority, person_of_merit, social_protection, female_head, dwelling, created_at, created_by, changed_at, changed_by) FROM '$DIR/household.tsv'
\copy household_member (province_id, household_id, ord, name, search_name, citizen_id, birth_year, sex, relation, ethnicity, facts) FROM '$DIR/member.tsv'
\copy review_household (province_id, campaign_id, household_id, household_code, village_id, source, input, household_class, deprivations, reasons, warnings, standard_id, standard_version, persons, created_at, created_by, changed_at, changed_by) FROM '$DIR/review.tsv'
ROLLBACK;
SQL
END=$(date +%s.%N)
COPY=$(echo "$END - $START" | bc)
$PSQL -c "VACUUM ANALYZE household" -c "VACUUM ANALYZE household_member" -c "VACUUM ANALYZE review_household"
echo "campaign $CAMPAIGN: importing $N households ($(stat -c %s "$FILE") bytes)"
START=$(date +%s.%N)
curl -sf -u $AUTH -H 'Content-Type: application/jsonl' --data-binary @"$FILE" \
    "localhost:$PORT/api/v1/reviews/$CAMPAIGN/households" > "$DIR/result.json"
END=$(date +%s.%N)
PRODUCT=$(echo "$END - $START" | bc)
cat "$DIR/result.json"; echo
HEAP=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$DIR/gc.log" | sed -E 's/([0-9]+)M->.*/\1/' | sort -n | tail -1)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "product path: ${PRODUCT}s   raw COPY of the same rows: ${COPY}s   ratio: $(echo "scale=2; $PRODUCT / $COPY" | bc)   max heap before GC: ${HEAP:-?} MB (limit 1024)"
