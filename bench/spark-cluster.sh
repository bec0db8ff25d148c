#!/usr/bin/env bash
# A Spark standalone cluster on loopback, built from the Maven jars (no Spark download, no
# spark-submit): a master and two workers, for the national jobs' benchmark (docs/scaling.md).
#
#   bench/spark-cluster.sh start      # master spark://127.0.0.1:$SPARK_MASTER_PORT, $WORKERS workers
#   bench/spark-cluster.sh run ARGS   # the national jobs' driver on that cluster (NationalJobs ARGS)
#   bench/spark-cluster.sh stop
#
# Settings: WORKERS (2), WORKER_CORES (1 each), WORKER_MEMORY (1g each), SPARK_MASTER_PORT (7107).
# A "Spark home" is made of links to the Maven jars (spark/target/spark-home/jars): the workers
# start their executors with that class path, so the executors carry the national jobs and the
# application's classifier (giamngheo-classes.jar) as the driver does. Logs in spark/target/spark-home/logs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HOME_DIR=$ROOT/spark/target/spark-home
PORT=${SPARK_MASTER_PORT:-7107}
WORKERS=${WORKERS:-2}
MASTER=spark://127.0.0.1:$PORT
# Spark 4 on Java 17 opens these JDK packages (the list spark-submit passes), also for executors
FLAGS=$(sed -n 's/.*<spark.jvm.flags>\(.*\)<\/spark.jvm.flags>.*/\1/p' "$ROOT/spark/pom.xml")
export SPARK_HOME=$HOME_DIR SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

prepare() {
  if [ ! -f "$ROOT/spark/target/classpath.txt" ] || ! ls "$ROOT"/spark/target/giamngheo-spark-*.jar >/dev/null 2>&1; then
    (cd "$ROOT" && ./mvnw -B -q -pl spark -am package -DskipTests)
  fi
  rm -rf "$HOME_DIR/jars"
  mkdir -p "$HOME_DIR/jars" "$HOME_DIR/logs" "$HOME_DIR/work" "$HOME_DIR/conf"
  tr ':' '\n' < "$ROOT/spark/target/classpath.txt" | while read -r jar; do ln -sf "$jar" "$HOME_DIR/jars/"; done
  ln -sf "$ROOT"/spark/target/giamngheo-spark-*.jar "$HOME_DIR/jars/"
}

case "${1:-}" in
  start)
    prepare
    java $FLAGS -Xmx256m -cp "$HOME_DIR/jars/*" org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$PORT" --webui-port $((PORT + 1010)) > "$HOME_DIR/logs/master.log" 2>&1 &
    echo $! > "$HOME_DIR/master.pid"
    for i in $(seq 1 "$WORKERS"); do
      java $FLAGS -Xmx256m -cp "$HOME_DIR/jars/*" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --cores "${WORKER_CORES:-1}" --memory "${WORKER_MEMORY:-1g}" \
        --webui-port $((PORT + 1010 + i)) --work-dir "$HOME_DIR/work/$i" "$MASTER" > "$HOME_DIR/logs/worker-$i.log" 2>&1 &
      echo $! > "$HOME_DIR/worker-$i.pid"
    done
    for s in $(seq 1 120); do
      n=$(grep -c "Registering worker" "$HOME_DIR/logs/master.log" 2>/dev/null || true)
      [ "${n:-0}" -ge "$WORKERS" ] && { echo "cluster up: $MASTER, $WORKERS workers (web UI http://127.0.0.1:$((PORT + 1010)))"; exit 0; }
      sleep 1
    done
    echo "the workers did not register in 2 minutes; see $HOME_DIR/logs" >&2; exit 1 ;;
  run)
    shift
    # the executors are started by the workers with the same JDK flags; the driver listens on loopback
    exec java $FLAGS -Xmx"${DRIVER_MEMORY:-512m}" -cp "$HOME_DIR/jars/*" \
      -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
      -Dspark.executor.memory="${EXECUTOR_MEMORY:-768m}" \
      -Dspark.executor.extraJavaOptions="$FLAGS" \
      vn.giamngheo.spark.NationalJobs --master "$MASTER" "$@" ;;
  stop)
    for f in "$HOME_DIR"/worker-*.pid "$HOME_DIR"/master.pid; do
      [ -f "$f" ] && { kill "$(cat "$f")" 2>/dev/null || true; rm -f "$f"; }
    done
    echo "cluster stopped" ;;
  *)
    echo "usage: $0 start|run ARGS|stop" >&2; exit 2 ;;
esac
