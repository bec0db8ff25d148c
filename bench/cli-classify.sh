#!/usr/bin/env bash
# CLI benchmark for issue 3 (goal: ≥ 200,000 lines/s end to end on this 2-core machine).
# Generates a deterministic file of LINES household lines (default 1,000,000) with
# bench/GenerateHouseholds.java, then times
#   GIAMNGHEO_JAVA_OPTS=-Xmx256m bin/giamngheo classify --standard ND07_2021 --input FILE > results
# (LAUNCHER=jar: java -Xmx256m -jar app/target/giamngheo.jar classify …) and the same reading standard input (redirected from the file, then piped from cat), and checks
# there is one output line per input line each time. Not a test: run it by hand.
#   bench/cli-classify.sh            # build the jar first if missing
#   LINES=200000 bench/cli-classify.sh
set -euo pipefail
cd "$(dirname "$0")/.."

LINES=${LINES:-1000000}
STANDARD=${STANDARD:-ND07_2021}
DIR=target/bench
JAR=${JAR:-app/target/giamngheo.jar} # JAR=/tmp/copy.jar: a rebuild cannot replace it mid-run
INPUT=$DIR/households-$LINES.jsonl
OUTPUT=$DIR/results-$LINES.jsonl
mkdir -p "$DIR"

if [ ! -f app/target/giamngheo.jar ]; then
    echo "building app/target/giamngheo.jar" >&2
    ./mvnw -B -q -o package -DskipTests -Dspotless.check.skip=true
fi
if [ ! -f "$INPUT" ]; then
    echo "generating $LINES lines into $INPUT" >&2
    java bench/GenerateHouseholds.java "$LINES" > "$INPUT"
fi
BYTES=$(stat -c %s "$INPUT")

TIME=()
if [ -x /usr/bin/time ]; then
    TIME=(/usr/bin/time -f "%e s elapsed, %U s user, %S s sys, max RSS %M KiB")
fi
# both ways the command reads: the file named by --input, and standard input (a shell redirect,
# then a pipe from another process, as in `zcat households.jsonl.gz | … classify`)
run() { # mode: input | stdin | pipe
    local mode=$1 start end out errors
    start=$(date +%s%N)
    case "$mode" in
        input) "${TIME[@]}" "${CLASSIFY[@]}" --input "$INPUT" > "$OUTPUT" ;;
        stdin) "${TIME[@]}" "${CLASSIFY[@]}" < "$INPUT" > "$OUTPUT" ;;
        pipe) cat "$INPUT" | "${TIME[@]}" "${CLASSIFY[@]}" > "$OUTPUT" ;;
    esac
    end=$(date +%s%N)
    out=$(wc -l < "$OUTPUT")
    errors=$(grep -c '"error":' "$OUTPUT" || true)
    awk -v label="$mode" -v n="$LINES" -v ns=$((end - start)) -v bytes="$BYTES" -v out="$out" -v err="$errors" \
        -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
        s = ns / 1e9
        printf "%-6s %d lines in, %d out (%d error lines): %.2f s (JVM start included) -> %.0f lines/s, %.1f MB/s (load average %s)\n",
            label, n, out, err, s, n / s, bytes / 1e6 / s, load
    }'
    # EXPECTED=FILE: the output must be byte for byte that file (the results of another build)
    if [ -n "${EXPECTED:-}" ] && ! cmp -s "$OUTPUT" "$EXPECTED"; then
        echo "FAIL: $mode: the output differs from $EXPECTED" >&2
        exit 1
    fi
    if [ "$out" -ne "$LINES" ]; then
        echo "FAIL: expected $LINES output lines" >&2
        exit 1
    fi
}
# the documented command: bin/giamngheo (an unpacked jar and a class-data sharing archive, made on
# first use: that first use is timed on its own below); LAUNCHER=jar times `java -jar` instead
if [ "${LAUNCHER:-bin}" = jar ]; then
    CLASSIFY=(java -Xmx256m ${CLI_JAVA_OPTS:-} -jar "$JAR" classify --standard "$STANDARD")
else
    export GIAMNGHEO_JAR=$JAR GIAMNGHEO_JAVA_OPTS="-Xmx256m ${CLI_JAVA_OPTS:-}"
    CLASSIFY=(bin/giamngheo classify --standard "$STANDARD")
    first=$(date +%s%N)
    head -1000 "$INPUT" | "${CLASSIFY[@]}" > /dev/null
    echo "first use of bin/giamngheo for this jar (prepares the cache when new, 1,000 lines): $(( ($(date +%s%N) - first) / 1000000 )) ms" >&2
fi
for mode in ${MODES:-input stdin pipe}; do
    run "$mode"
done
