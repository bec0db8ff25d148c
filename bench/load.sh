#!/usr/bin/env bash
# HTTP load test (issue 7): 100 concurrent logged-in sessions for 60 s against a running
# application, with wrk (Debian package "wrk"). Usage:
#   bench/load.sh [BASE_URL] [DURATION] [CONNECTIONS]
# The application must be running with the demo dataset (or a generated province) at BASE_URL.
# LOAD_JAVA_PID=<the application's pid> also prints the CPU time a request costs the application
# and PostgreSQL; LOAD_THINK_MS (default 1000) is the mean think time between a session's clicks.
set -euo pipefail
BASE=${1:-http://localhost:8080}
DURATION=${2:-60s}
CONNECTIONS=${3:-100}
USER=${LOAD_USER:-admin}
PASSWORD=${LOAD_PASSWORD:-giamngheo-demo}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
work=$(mktemp -d)
out=${LOAD_DATA:-$work/sessions.lua}

login() {
  local jar=$work/jar-$1
  local csrf
  csrf=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$USER" --data-urlencode "password=$PASSWORD" \
       --data-urlencode "_csrf=$csrf" "$BASE/login"
  local cookie
  cookie=$(awk '$6=="JSESSIONID"{print $7}' "$jar" | tail -1)
  # the CSRF token bound to the new session, for POSTs
  csrf=$(curl -s -b "$jar" "$BASE/" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  echo "{cookie=\"$cookie\", csrf=\"$csrf\"},"
}

echo "logging in $CONNECTIONS sessions as $USER…" >&2
{
  echo "return {"
  echo "sessions = {"
  for i in $(seq 1 "$CONNECTIONS"); do login "$i"; done
  echo "},"
  echo "households = {"
  curl -s -u "$USER:$PASSWORD" "$BASE/api/v1/households?size=200" | python3 -c '
import sys, json
print(",".join(str(h["id"]) for h in json.load(sys.stdin)["items"]) or "1")'
  echo "},"
  # survey saves: rows of campaigns open for the survey, each with its version (the form's
  # optimistic lock); mix.lua gives every wrk thread its own rows and counts their versions up
  echo "survey = {"
  curl -s -u "$USER:$PASSWORD" "$BASE/api/v1/reviews" | python3 -c '
import sys, json
for c in json.load(sys.stdin):
    if c.get("step") == "SURVEY":
        print(c["id"])' | head -20 > "$work/campaigns"
  while read -r c; do
    curl -s -u "$USER:$PASSWORD" "$BASE/api/v1/reviews/$c/households?size=1000" | python3 -c '
import sys, json
for r in json.load(sys.stdin):
    print("{campaign=%d, row=%d, version=%d}," % (r["campaignId"], r["id"], r["version"]))'
  done < "$work/campaigns" | tee "$work/survey-rows"
  echo "},"
  echo "reports = {"
  for q in "tho%20xuan" "ngoc%20hoi"; do
    id=$(curl -s -u "$USER:$PASSWORD" "$BASE/api/v1/admin-units?q=$q&level=DISTRICT" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(d[0]["id"] if d else "")')
    [ -n "$id" ] && echo "\"/reports/summary?unitId=$id&year=2026\"," && echo "\"/reports/dashboard?unitId=$id&year=2026\","
  done
  echo "}"
  echo "}"
} > "$out"
# CPU seconds used by the application (LOAD_JAVA_PID) and by every postgres process, to give the
# CPU cost of a request on each side (docs/scaling.md uses it to size a national deployment)
cpu() { ps -eo pid=,comm=,times= | awk -v j="${LOAD_JAVA_PID:-0}" '$1 == j { a += $3 } $2 == "postgres" { p += $3 } END { print a + 0, p + 0 }'; }
cpu_before=$(cpu)
LOAD_DATA=$out wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$(dirname "$0")/load/mix.lua" "$BASE" | tee "$work/wrk.txt"
cpu_after=$(cpu)
if [ -n "${LOAD_JAVA_PID:-}" ]; then
  requests=$(sed -n 's/^LOAD requests=\([0-9]*\).*/\1/p' "$work/wrk.txt")
  echo "$cpu_before $cpu_after ${requests:-0}" | awk '{ printf "CPU application %.1f s, postgres %.1f s: %.2f + %.2f ms a request\n", $3 - $1, $4 - $2, ($3 - $1) * 1000 / $5, ($4 - $2) * 1000 / $5 }'
fi
# every survey save that wrk sent must have been stored: the rows' versions went up by as much
if [ -s "$work/survey-rows" ]; then
  before=$(sed -E 's/.*version=([0-9]+).*/\1/' "$work/survey-rows" | paste -sd+ | bc)
  after=0
  while read -r c; do
    n=$(curl -s -u "$USER:$PASSWORD" "$BASE/api/v1/reviews/$c/households?size=1000" | python3 -c '
import sys, json
ids = set(int(x) for x in sys.argv[1].split())
print(sum(r["version"] for r in json.load(sys.stdin) if r["id"] in ids))' "$(sed -E 's/.*row=([0-9]+).*/\1/' "$work/survey-rows" | tr '\n' ' ')")
    after=$((after + n))
  done < "$work/campaigns"
  saved=$(sed -n 's/^SAVES .*saved=\([0-9]*\).*/\1/p' "$work/wrk.txt")
  sent=$(sed -n 's/^SAVES sent=\([0-9]*\).*/\1/p' "$work/wrk.txt")
  # every save answered "stored" must be in the database, and no more than were sent (the last
  # requests of the run may be stored but their answers not read before wrk stops)
  found=$((after - before))
  echo "SURVEY saves sent=${sent:-0} answered stored=${saved:-0}, found stored in the database=$found"
  if [ "$found" -lt "${saved:-0}" ] || [ "$found" -gt "${sent:-0}" ]; then
    echo "SURVEY MISMATCH: a save answered as stored is missing, or more were stored than sent" >&2
  fi
fi
rm -rf "$work"
