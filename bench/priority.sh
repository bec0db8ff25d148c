#!/usr/bin/env bash
# Runs a command as a benchmark on the shared machine: alone (the lock /work/wt/bench.lock, or
# $BENCH_LOCK) and ahead of everyone's builds. `nice -n -15` alone does not do the second part on
# this kernel: with sched_autogroup_enabled=1 the scheduler shares the CPU between sessions first
# and applies nice only within a session, so a niced benchmark still got about a quarter of the
# cores at load average 20. The command therefore runs in a session of its own whose autogroup is
# given nice -15 as well (root only).
#   bench/priority.sh bench/cli-classify.sh
set -euo pipefail
[ $# -gt 0 ] || { sed -n '2,8p' "$0"; exit 2; }
exec setsid -w bash -c 'echo -15 > /proc/self/autogroup 2>/dev/null || echo "autogroup nice not set" >&2
exec flock "${BENCH_LOCK:-/work/wt/bench.lock}" nice -n -15 ionice -c2 -n0 "$@"' bench-priority "$@"
