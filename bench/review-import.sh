#!/usr/bin/env bash
# Review import benchmark (not a test). Imports N households (≈ 3.5 members each) into a campaign
# through the product path (POST /api/v1/reviews/{id}/households, JSON Lines, one transaction) on a
# fresh embedded database with -Xmx1g, then compares it with a raw PostgreSQL COPY of the same rows
# (households, members, campaign rows) into the same tables — same indexes, same foreign keys — in a
# transaction that is rolled back, in the same database and run. Goal: product ≤ 1.5 × raw COPY.
#
#   bench/review-import.sh prepare                         # untimed, normal priority: data, start, campaign
#   bench/priority.sh bench/review-import.sh run           # timed, alone: COPY, import, ratio; stops the app
#   bench/review-import.sh stop                            # stops a prepared application without a run
#   bench/review-import.sh                                 # all three in one (the lock, if any, held throughout)
# N=100000 by default; BENCH_JAR=/tmp/copy.jar so that a rebuild cannot replace the jar mid-run.
# `run` raises the prepared application and its database to the caller's priority (bench/priority.sh:
# nice -15 and its autogroup, as bench/two-instances.sh does) for the timed part only.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
PORT=${PORT:-18093}
DIR=${DIR:-target/bench/review}
mkdir -p "$DIR"
FILE=$DIR/households-$N.jsonl
JAR=${BENCH_JAR:-app/target/giamngheo.jar}
AUTH=admin:giamngheo-demo

prepare() {
    [ -f "$JAR" ] || ./mvnw -B -q -o package -DskipTests -Dspotless.check.skip=true
    [ -f "$FILE" ] || java bench/GenerateReviewHouseholds.java "$N" > "$FILE"
    rm -rf "$DIR/data" "$DIR/run.env"
    # a session of its own: `run` can give the application's autogroup the benchmark's priority
    setsid java ${BENCH_JAVA_OPTS:-} -Xmx1g -Xlog:gc:file="$DIR/gc.log" -jar "$JAR" --server.port=$PORT \
        --giamngheo.data-dir="$DIR/data" --giamngheo.demo-households=false > "$DIR/app.log" 2>&1 &
    local app=$!
    echo "APP=$app" > "$DIR/run.env"
    until curl -sf "localhost:$PORT/actuator/health/readiness" > /dev/null; do # ready: demo data and warm-up done
        kill -0 $app || { tail -50 "$DIR/app.log"; exit 1; }; sleep 1
    done
    # a commune in force (since the 2025 reform Xuân Bái is retired, and a campaign needs a unit in force)
    local commune campaign pgport province
    commune=$(curl -sf -u $AUTH "localhost:$PORT/api/v1/admin-units?q=xu%C3%A2n&level=COMMUNE" \
        | python3 -c 'import json,sys; print(next(u["id"] for u in json.load(sys.stdin) if not u["retired"]))')
    campaign=$(curl -sf -u $AUTH -H 'Content-Type: application/json' \
        -d "{\"unitId\":$commune,\"year\":2030,\"kind\":\"PERIODIC\",\"standard\":\"ND07_2021\"}" \
        "localhost:$PORT/api/v1/reviews" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    pgport=$(grep -o 'on port [0-9]*' "$DIR/app.log" | head -1 | awk '{print $3}')
    export PGPASSWORD="$(cat "$DIR/data/postgres.password")" # the embedded database has a password (decision 1202)
    province=$(psql -q -h localhost -p "$pgport" -U postgres giamngheo -At -c "SELECT admin_unit_province($commune)")
    python3 bench/review_copy_rows.py "$FILE" "$DIR" 50000000 "$campaign" "$commune" "$province"
    printf 'APP=%s\nCAMPAIGN=%s\nPGPORT=%s\n' "$app" "$campaign" "$pgport" > "$DIR/run.env"
    echo "prepared: $N households, campaign $campaign, application $app on port $PORT (database $pgport)"
}

stop() {
    [ -f "$DIR/run.env" ] || return 0
    local APP
    APP=$(sed -n 's/^APP=//p' "$DIR/run.env")
    kill "$APP" 2> /dev/null || true
    while kill -0 "$APP" 2> /dev/null; do sleep 1; done
    rm -f "$DIR/run.env"
}

run() {
    [ -f "$DIR/run.env" ] || { echo "not prepared: bench/review-import.sh prepare" >&2; exit 1; }
    local APP CAMPAIGN PGPORT
    APP=$(sed -n 's/^APP=//p' "$DIR/run.env")
    CAMPAIGN=$(sed -n 's/^CAMPAIGN=//p' "$DIR/run.env")
    PGPORT=$(sed -n 's/^PGPORT=//p' "$DIR/run.env")
    [ -n "$CAMPAIGN" ] && kill -0 "$APP" || { echo "the prepared application is not running" >&2; exit 1; }
    trap stop EXIT
    export PGPASSWORD="$(cat "$DIR/data/postgres.password")"
    local PSQL="psql -q -h localhost -p $PGPORT -U postgres giamngheo"
    # the application, the postmaster (pg_ctl detached it from the JVM; its pid is the first line of
    # postmaster.pid) and its backends; new backends inherit the postmaster's nice
    local pids postmaster mine
    postmaster=$(head -1 "$DIR/data/postgres/postmaster.pid")
    pids="$APP $postmaster $(for p in $postmaster; do pgrep -P "$p"; done)"
    mine=$(nice)
    set_priority() {
        for p in $pids; do
            [ -d "/proc/$p" ] || continue
            echo "$1" > "/proc/$p/autogroup" 2> /dev/null || true
            for t in /proc/"$p"/task/*; do
                renice -n "$1" -p "${t##*/}" > /dev/null 2>&1 || true
                # the disk too (bench/priority.sh's ionice): both sides write tens of MB with fsync
                if [ "$1" -lt 0 ]; then ionice -c2 -n0 -p "${t##*/}"; else ionice -c0 -p "${t##*/}"; fi 2> /dev/null || true
            done
        done
    }
    [ "$mine" -lt 0 ] && set_priority "$mine"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    local start end copy copies="" product
    # twice (before the import: its rows would collide with the copied ones), the faster counts — a
    # checkpoint or another engineer's disk burst during one copy would otherwise flatter the ratio
    for attempt in 1 2; do
        start=$(date +%s.%N)
        $PSQL <<SQL
BEGIN;
\copy household (province_id, id, code, unit_id, head_name, search_name, area, labour_capacity, ethnic_minority, person_of_merit, social_protection, female_head, dwelling, created_at, created_by, changed_at, changed_by) FROM '$DIR/household.tsv'
\copy household_member (province_id, household_id, ord, name, search_name, citizen_id, birth_year, sex, relation, ethnicity, facts) FROM '$DIR/member.tsv'
\copy review_household (province_id, campaign_id, household_id, household_code, village_id, source, input, household_class, deprivations, reasons, warnings, standard_id, standard_version, persons, created_at, created_by, changed_at, changed_by) FROM '$DIR/review.tsv'
ROLLBACK;
SQL
        end=$(date +%s.%N)
        copies="$copies $(echo "$end - $start" | bc)"
    done
    copy=$(printf '%s\n' $copies | sort -n | head -1)
    echo "raw COPY runs (rolled back):$copies s"
    $PSQL -c "VACUUM ANALYZE household" -c "VACUUM ANALYZE household_member" -c "VACUUM ANALYZE review_household"
    echo "campaign $CAMPAIGN: importing $N households ($(stat -c %s "$FILE") bytes)"
    start=$(date +%s.%N)
    curl -sf -u $AUTH -H 'Content-Type: application/jsonl' --data-binary @"$FILE" \
        "localhost:$PORT/api/v1/reviews/$CAMPAIGN/households" > "$DIR/result.json"
    end=$(date +%s.%N)
    product=$(echo "$end - $start" | bc)
    [ "$mine" -lt 0 ] && set_priority 0
    cat "$DIR/result.json"; echo
    grep -o 'import job [0-9]*: .*' "$DIR/app.log" | tail -1
    local heap
    heap=$(grep -ohE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$DIR"/gc.log* | sed -E 's/([0-9]+)M->.*/\1/' | sort -n | tail -1)
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "product path: ${product}s   raw COPY of the same rows: ${copy}s   ratio: $(echo "scale=2; $product / $copy" | bc)   max heap before GC: ${heap:-?} MB (limit 1024)"
}

case "${1:-all}" in
    prepare) prepare ;;
    run) run ;;
    stop) stop ;;
    all) prepare && run ;;
    *) sed -n '2,14p' "$0"; exit 2 ;;
esac
