#!/usr/bin/env bash
# Starts the application twice on one data folder with the demo on (a restart) and prints the
# demo's counts after each start: the second start must succeed and load nothing again (decision 1150).
#   ./mvnw -q -o package -DskipTests -pl app && cp app/target/giamngheo.jar /tmp/me.jar && JAR=/tmp/me.jar bench/demo-restart.sh
set -uo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-app/target/giamngheo.jar}; PORT=${PORT:-8139}
D=target/demo-restart; rm -rf $D; mkdir -p $D
for run in 1 2; do
  java -Xmx1g -jar "$JAR" --server.port=$PORT --giamngheo.data-dir=$D > target/restart-$run.log 2>&1 &
  APP=$!
  until curl -sf localhost:$PORT/actuator/health/readiness > /dev/null; do
    kill -0 $APP 2>/dev/null || { echo "start $run FAILED"; grep -n "ERROR\|Exception\|problem" target/restart-$run.log | head -20; break; }; sleep 2
  done
  PGPORT=$(grep -o 'on port [0-9]*' target/restart-$run.log | head -1 | awk '{print $3}')
  export PGPASSWORD="$(cat $D/postgres.password)"
  psql -At -h localhost -p $PGPORT -U postgres giamngheo -c "SELECT 'start $run: grants=' || (SELECT count(*) FROM support_grant) || ' loans=' || (SELECT count(*) FROM credit_loan) || ' plans=' || (SELECT count(*) FROM household_plan) || ' campaigns=' || (SELECT count(*) FROM review_campaign) || ' households=' || (SELECT count(*) FROM household) || ' vacancies=' || (SELECT count(*) FROM jobs_vacancy) || ' units=' || (SELECT count(*) FROM admin_unit)"
  grep -c "Demo support:" target/restart-$run.log | sed "s/^/start $run 'Demo support' log lines: /"
  kill $APP; wait $APP
done
