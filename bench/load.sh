#!/usr/bin/env bash
# HTTP load test (issue 7): 100 concurrent logged-in sessions for 60 s against a running
# application, with wrk (Debian package "wrk"). Usage:
#   bench/load.sh [BASE_URL] [DURATION] [CONNECTIONS]
# The application must be running with the demo dataset (or a generated province) at BASE_URL.
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
  echo "reports = {"
  for q in "tho%20xuan" "ngoc%20hoi"; do
    id=$(curl -s -u "$USER:$PASSWORD" "$BASE/api/v1/admin-units?q=$q&level=DISTRICT" | python3 -c 'import sys,json; d=json.load(sys.stdin); print(d[0]["id"] if d else "")')
    [ -n "$id" ] && echo "\"/targets?unitId=$id&year=2024\","
  done
  echo "}"
  echo "}"
} > "$out"
LOAD_DATA=$out wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$(dirname "$0")/load/mix.lua" "$BASE" | tee "$work/wrk.txt"
rm -rf "$work"
