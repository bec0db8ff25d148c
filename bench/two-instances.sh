#!/usr/bin/env bash
# Two instances of the application on one database behind HAProxy, on loopback (issue "national
# scale", item 1; decisions 1810–1813). One command starts everything, one stops it:
#
#   bench/two-instances.sh start      # database, instances a and b, the balancer; waits until ready
#   bench/two-instances.sh failover   # log in through the balancer, kill -9 an instance, go on
#   bench/two-instances.sh status
#   bench/priority.sh bench/two-instances.sh load   # the load mix through the balancer (below)
#   bench/two-instances.sh stop
#
# Layout (ports from the environment, defaults shown):
#   the embedded PostgreSQL started alone   java -jar giamngheo.jar database   localhost:$DB_PORT (8136)
#   instance a                               java -jar giamngheo.jar            localhost:$PORT_A  (8106)
#   instance b                               java -jar giamngheo.jar            localhost:$PORT_B  (8116)
#   HAProxy (Debian's /usr/sbin/haproxy)     round robin, no stickiness         localhost:$PORT_LB (8126)
# Both instances use the database as an external one (SPRING_DATASOURCE_URL), with the demo dataset
# (loaded once: the instances take turns for their start-up work). HAProxy sends a request to an
# instance only while its readiness probe answers 200, and sends it to the other one when the
# connection is refused, so a killed instance costs no request. Every request goes to the next
# instance in turn: a session that works at all works on both.
# Needs: JDK 17, haproxy (apt-get install -y haproxy), curl, python3; the jar (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${TWO_DIR:-target/two-instances}
DB_PORT=${DB_PORT:-8136}
PORT_A=${PORT_A:-8106}
PORT_B=${PORT_B:-8116}
PORT_LB=${PORT_LB:-8126}
HEAP=${HEAP:-512m}
BUILT=${BENCH_JAR:-app/target/giamngheo.jar}
JAR=$DIR/giamngheo.jar # a copy: a build replacing the built jar must not pull it from under running instances
HAPROXY=${HAPROXY:-/usr/sbin/haproxy}
LB=http://localhost:$PORT_LB
USER_NAME=${LOGIN_USER:-admin}
PASSWORD=${LOGIN_PASSWORD:-giamngheo-demo}

pid_of() { cat "$DIR/$1.pid" 2>/dev/null || true; }
alive() { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

start_database() {
    mkdir -p "$DIR/db"
    java -Xmx128m -jar "$JAR" database --data-dir "$DIR/db" --port "$DB_PORT" > "$DIR/db.log" 2>&1 &
    echo $! > "$DIR/db.pid"
    for _ in $(seq 1 120); do
        grep -q "PostgreSQL ready" "$DIR/db.log" && return 0
        alive db || { cat "$DIR/db.log" >&2; return 1; }
        sleep 0.5
    done
    echo "the database did not start" >&2
    return 1
}

start_instance() { # name port
    mkdir -p "$DIR/$1"
    SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$DB_PORT/giamngheo" \
    SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD="$(cat "$DIR/db/postgres.password")" \
        java -Xmx"$HEAP" ${INSTANCE_JAVA_OPTS:-} -jar "$JAR" --server.port="$2" --giamngheo.data-dir="$DIR/$1" \
        --giamngheo.demo="${DEMO:-true}" --spring.datasource.hikari.maximum-pool-size=20 \
        --server.forward-headers-strategy=native --server.tomcat.remoteip.internal-proxies='127\.0\.0\.1' \
        > "$DIR/$1.log" 2>&1 &
    echo $! > "$DIR/$1.pid"
}

await_ready() { # name port; up to 10 minutes (a start on a busy shared machine took 6)
    for _ in $(seq 1 1200); do
        curl -sf "localhost:$2/actuator/health/readiness" > /dev/null && return 0
        alive "$1" || { tail -40 "$DIR/$1.log" >&2; return 1; }
        sleep 0.5
    done
    echo "instance $1 did not become ready" >&2
    return 1
}

start_balancer() {
    command -v "$HAPROXY" > /dev/null || { echo "haproxy is missing: apt-get install -y haproxy" >&2; return 1; }
    cat > "$DIR/haproxy.cfg" <<CFG
global
    maxconn 4000
    pidfile $PWD/$DIR/haproxy.pid

defaults
    mode http
    option forwardfor
    # a refused connection or a connection closed without an answer (an instance just killed) is
    # tried again on the other instance; only for GET/HEAD once the request was sent, since a POST
    # that reached an instance may have been stored
    option redispatch 1
    retries 3
    retry-on conn-failure empty-response response-timeout
    timeout connect 2s
    timeout client 120s
    timeout server 120s

frontend giamngheo
    bind 127.0.0.1:$PORT_LB
    default_backend instances

backend instances
    balance roundrobin
    http-request disable-l7-retry unless { method GET HEAD }
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    # a probe slower than 5 s, three times in a row, takes an instance out (a busy machine answers late)
    timeout check 5s
    default-server inter 2s fall 3 rise 2
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
CFG
    "$HAPROXY" -c -q -f "$DIR/haproxy.cfg" || { echo "HAProxy refuses $DIR/haproxy.cfg" >&2; return 1; }
    "$HAPROXY" -D -f "$DIR/haproxy.cfg"
    for _ in $(seq 1 40); do
        curl -sf "$LB/actuator/health/readiness" > /dev/null && return 0
        sleep 0.5
    done
    echo "the balancer answers nothing" >&2
    return 1
}

start() {
    [ -f "$BUILT" ] || ./mvnw -B -q -o package -DskipTests -Dspotless.check.skip=true
    if alive db || alive a || alive b; then
        echo "already running (bench/two-instances.sh stop first)" >&2
        exit 1
    fi
    mkdir -p "$DIR"
    cp "$BUILT" "$JAR"
    local begun=$SECONDS
    start_database
    # both at once: the start-up work (migrations, standards, demo data) is done by one of them
    # while the other waits for the lock, and then finds it done
    start_instance a "$PORT_A"
    start_instance b "$PORT_B"
    await_ready a "$PORT_A"
    await_ready b "$PORT_B"
    start_balancer
    echo "ready in $((SECONDS - begun)) s: balancer $LB -> a :$PORT_A (pid $(pid_of a)), b :$PORT_B (pid $(pid_of b));" \
         "database localhost:$DB_PORT (pid $(pid_of db))"
}

stop() {
    local p
    p=$(pid_of haproxy); [ -n "$p" ] && kill "$p" 2>/dev/null || true
    for name in a b; do
        p=$(pid_of "$name"); [ -n "$p" ] && kill "$p" 2>/dev/null || true
    done
    for name in a b; do
        p=$(pid_of "$name")
        [ -n "$p" ] && while kill -0 "$p" 2>/dev/null; do sleep 0.2; done
    done
    p=$(pid_of db); [ -n "$p" ] && kill "$p" 2>/dev/null && while kill -0 "$p" 2>/dev/null; do sleep 0.2; done
    rm -f "$DIR"/*.pid
    echo "stopped"
}

status() {
    for name in db a b haproxy; do
        if alive "$name"; then echo "$name: running (pid $(pid_of "$name"))"; else echo "$name: stopped"; fi
    done
}

# Logs in through the balancer, stores a change, kills the instance that served the login with
# SIGKILL, then goes on with the same session through the balancer: the page still knows the user,
# the CSRF token of the session still works for a new write, and the first change is still there.
failover() {
    local jar=$DIR/failover.cookies csrf body code victim survivor
    rm -f "$jar"
    fail() { echo "FAILOVER FAILED: $*" >&2; exit 1; }
    csrf=$(curl -s -c "$jar" "$LB/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    [ -n "$csrf" ] || fail "no login form through the balancer"
    code=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$LB/login")
    case "$code" in *error*) fail "login refused: $code";; esac
    # the session's own CSRF token, for writes
    csrf=$(curl -s -b "$jar" "$LB/" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    [ -n "$csrf" ] || fail "not logged in after the login"
    # ask both instances in turn who they serve: round robin, so two requests reach both
    for i in 1 2 3 4; do
        code=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$LB/households")
        [ "$code" = 200 ] || fail "request $i of the logged-in session answered $code"
    done
    echo "logged in as $USER_NAME through $LB; 4 requests alternated over both instances with one session"
    # a change before the failure: a village under a commune in force, through the session (CSRF)
    local commune name before after village
    commune=$(curl -s -u "$USER_NAME:$PASSWORD" "$LB/api/v1/admin-units?q=xu%C3%A2n&level=COMMUNE" \
        | python3 -c 'import json,sys; print(next(u["id"] for u in json.load(sys.stdin) if not u["retired"]))')
    name="Thôn Chuyển Máy $(date +%s)"
    before=$(curl -s -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' -o "$DIR/village.json" -w '%{http_code}' \
        -d "{\"parentId\":$commune,\"name\":\"$name\",\"level\":\"VILLAGE\"}" "$LB/api/v1/admin-units")
    [ "$before" = 201 ] || fail "the write before the failure answered $before: $(cat "$DIR/village.json")"
    village=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$DIR/village.json")
    # kill -9 the instance that is serving now (the next request would go to the other anyway)
    victim=a; survivor=b
    if [ "${KILL:-a}" = b ]; then victim=b; survivor=a; fi
    kill -9 "$(pid_of "$victim")"
    echo "killed instance $victim (kill -9); $survivor goes on alone"
    for i in 1 2 3 4; do
        body=$(curl -s -b "$jar" -w '\n%{http_code} %{redirect_url}' "$LB/households")
        code=$(echo "$body" | tail -1)
        [ "${code%% *}" = 200 ] || fail "request $i after the failure answered $code (session lost?)"
    done
    after=$(curl -s -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' -o "$DIR/village2.json" -w '%{http_code}' \
        -d "{\"parentId\":$commune,\"name\":\"$name (sau sự cố)\",\"level\":\"VILLAGE\"}" "$LB/api/v1/admin-units")
    [ "$after" = 201 ] || fail "the write after the failure, with the session's CSRF token, answered $after: $(cat "$DIR/village2.json")"
    code=$(curl -s -b "$jar" -o "$DIR/village3.json" -w '%{http_code}' "$LB/api/v1/admin-units/$village")
    [ "$code" = 200 ] && grep -q "Chuyển Máy" "$DIR/village3.json" || fail "the village written before the failure is not found ($code)"
    echo "after the failure: 4 page requests served with the same session, a write with the session's CSRF token stored (201)," \
         "the change made before the failure is there"
    echo "FAILOVER OK"
}

# The load mix of bench/load.sh (100 sessions, 60 s) through the balancer. Run it under
# bench/priority.sh: the instances, the database and HAProxy were started at normal priority, so
# for the run they are given the benchmark's priority too (every thread, and their autogroup: the
# kernel shares the CPU between sessions before it applies nice), and put back afterwards.
load() {
    local pids p
    # the postmaster (pg_ctl detached it from the database's JVM) and its backends; new backends
    # inherit the postmaster's nice
    local postmaster
    postmaster=$(pgrep -f "bin/postgres -D $DIR/db/postgres -p $DB_PORT" || true)
    pids="$(pid_of db) $(pid_of a) $(pid_of b) $(pid_of haproxy) $postmaster $(for p in $postmaster; do pgrep -P "$p"; done)"
    set_priority() {
        for p in $pids; do
            [ -d "/proc/$p" ] || continue
            echo "$1" > "/proc/$p/autogroup" 2>/dev/null || true
            for t in /proc/"$p"/task/*; do renice -n "$1" -p "${t##*/}" > /dev/null 2>&1 || true; done
        done
    }
    set_priority -15
    trap 'set_priority 0' RETURN
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    LOAD_JAVA_PID=$(pid_of a) bench/load.sh "$LB" "${LOAD_DURATION:-60s}" "${LOAD_SESSIONS:-100}"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

case "${1:-}" in
    start) start ;;
    load) load ;;
    balancer) start_balancer ;; # after a restart-a/b that followed a failed start
    stop) stop ;;
    status) status ;;
    failover) failover ;;
    restart-a) start_instance a "$PORT_A"; await_ready a "$PORT_A"; echo "a is back" ;;
    restart-b) start_instance b "$PORT_B"; await_ready b "$PORT_B"; echo "b is back" ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
esac
