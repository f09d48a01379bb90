#!/usr/bin/env bash
# A/B of two service builds on loopback (127.0.0.1 only): POST /api/v1/checks with wrk at CONNS connections, the
# builds alternated (A B, then B A, ...) ROUNDS times in one period, so load from other jobs on a shared machine hits
# both alike. Per run: req/s, p50/p99, and the server's CPU time per request (from /proc/<pid>/stat, JIT and GC
# included; other load moves it much less than req/s), plus the load average; then the median per build and engine.
# A and B are directories each holding lawcheck-service.jar and benchmarks-0.1.0-SNAPSHOT.jar of one build (copy
# them out of rules-service/target and benchmarks/target after `mvn package`); the benchmarks jar goes on
# loader.path so that ENGINES=baseline, subset and none work as in http-load.sh. An optional DIR/jvm.opts adds JVM flags for that
# build only (e.g. one jar against itself with -Dserver.tomcat.threads.max=4).
# With one build as both A and B, the engines of that build are alternated and their ratios printed from the medians
# of all runs (drools / baseline, subset / baseline, drools / subset, drools / none, baseline / none).
# Usage: benchmarks/http-ab.sh DIR_A DIR_B
# Env: ROUNDS (3), ENGINES ("drools baseline"), CONNS (64), DURATION (15s), WARMUP (20s), PORT (18380),
#      JAVA_OPTS (default as http-load.sh), CHECK_PATH (/api/v1/checks?asOf=2024-11-01), MAX_REQUESTS (per wrk
#      thread, 1000000), JFR=1 (one extra, unreported 64-connection pass per build and engine with a flight
#      recording, deep stacks, in benchmarks/target/http-ab/).
# Every wrk run is bounded by -d and by MAX_REQUESTS; each server is stopped before the next starts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
[ $# -eq 2 ] || { echo "usage: $0 DIR_A DIR_B" >&2; exit 2; }
DIRS=("$(cd "$1" && pwd)" "$(cd "$2" && pwd)")
PORT=${PORT:-18380}
ROUNDS=${ROUNDS:-3}
ENGINES=${ENGINES:-drools baseline}
CONNS=${CONNS:-64}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-20s}
export MAX_REQUESTS=${MAX_REQUESTS:-1000000}
export SAMPLES_DIR=$ROOT/test-fixtures/src/main/resources/samples
export CHECK_PATH=${CHECK_PATH:-/api/v1/checks?asOf=2024-11-01}
JAVA_OPTS=${JAVA_OPTS:-"-Xms256m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"}
WORK=$ROOT/benchmarks/target/http-ab
mkdir -p "$WORK"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }
for d in "${DIRS[@]}"; do
  [ -f "$d/lawcheck-service.jar" ] && [ -f "$d/benchmarks-0.1.0-SNAPSHOT.jar" ] \
    || { echo "$d must hold lawcheck-service.jar and benchmarks-0.1.0-SNAPSHOT.jar" >&2; exit 2; }
done

# shellcheck source=server-process.sh
. "$ROOT/benchmarks/server-process.sh"

loadavg() { cut -d' ' -f1 /proc/loadavg; }

start() { # $1 = build dir, $2 = engine, $3 = log; rest = extra JVM flags
  local dir=$1 engine=$2 log=$3; shift 3
  local extra=""
  if [ -f "$dir/jvm.opts" ]; then extra=$(cat "$dir/jvm.opts"); fi
  # shellcheck disable=SC2086
  java $JAVA_OPTS $extra "$@" -Dloader.path="$dir/benchmarks-0.1.0-SNAPSHOT.jar" -cp "$dir/lawcheck-service.jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher --lawcheck.engine="$engine" \
    --server.address=127.0.0.1 --server.port="$PORT" > "$log" 2>&1 &
  SERVER_PID=$!
  wait_health_up "$(date +%s%N)" 9000 0.02 "$log" > /dev/null || exit 1 # 20 ms steps, at most ~3 min
  check_engine "$engine" "$log"
}

ROWS=
declare -A CPU
declare -A RPS_ALL # per engine, every run of both builds: for the engine ratios when A and B are one build
run() { # $1 = A|B, $2 = engine, $3 = round
  local label=$1 engine=$2 round=$3 dir
  dir=${DIRS[$([ "$label" = A ] && echo 0 || echo 1)]}
  start "$dir" "$engine" "$WORK/server-$label-$engine.log"
  wrk -t2 -c64 -d"$WARMUP" --timeout 2s -s benchmarks/http-load.lua "http://127.0.0.1:$PORT" > /dev/null
  local load0 cpu0 cpu1 out
  load0=$(loadavg); cpu0=$(cpu_ticks "$SERVER_PID")
  out=$(wrk -t2 -c"$CONNS" -d"$DURATION" --timeout 2s -s benchmarks/http-load.lua "http://127.0.0.1:$PORT" \
    | grep RESULT)
  cpu1=$(cpu_ticks "$SERVER_PID")
  stop_server
  local requests rps p50 p99 non2xx ms
  requests=$(grep -oP 'requests=\K[0-9]+' <<< "$out"); rps=$(grep -oP 'rps=\K[0-9]+' <<< "$out")
  p50=$(grep -oP 'p50=\K[0-9.]+' <<< "$out"); p99=$(grep -oP 'p99=\K[0-9.]+' <<< "$out")
  non2xx=$(grep -oP 'non2xx=\K[0-9]+' <<< "$out")
  ms=$(echo "scale=3; ($cpu1 - $cpu0) * 1000 / $TICK / ($requests + 0.0001)" | bc)
  CPU[$label-$engine]+="$ms "
  RPS_ALL[$engine]+="$rps "
  printf '%s %-8s round %s: %s req/s p50 %s ms p99 %s ms non2xx %s server CPU %s ms/req load %s\n' \
    "$label" "$engine" "$round" "$rps" "$p50" "$p99" "$non2xx" "$ms" "$load0"
  ROWS+="| $round | $label | $engine | $rps | $p50 ms | $p99 ms | $non2xx | $ms | $load0 |"$'\n'
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "== A: ${DIRS[0]}"
echo "== B: ${DIRS[1]}"
echo "== uptime at start: $(uptime); JAVA_OPTS: $JAVA_OPTS; $CONNS connections, $DURATION after $WARMUP warm-up"
for round in $(seq 1 "$ROUNDS"); do
  for engine in $ENGINES; do
    if [ $((round % 2)) = 1 ]; then run A "$engine" "$round"; run B "$engine" "$round"
    else run B "$engine" "$round"; run A "$engine" "$round"; fi
  done
done
if [ "${JFR:-}" = 1 ]; then
  for label in A B; do
    for engine in $ENGINES; do
      dir=${DIRS[$([ "$label" = A ] && echo 0 || echo 1)]}
      start "$dir" "$engine" "$WORK/server-$label-$engine-jfr.log" -XX:FlightRecorderOptions:stackdepth=256
      wrk -t2 -c64 -d"$WARMUP" --timeout 2s -s benchmarks/http-load.lua "http://127.0.0.1:$PORT" > /dev/null
      jcmd "$SERVER_PID" JFR.start name=ab settings=profile filename="$WORK/$label-$engine.jfr" > /dev/null
      wrk -t2 -c64 -d"$DURATION" --timeout 2s -s benchmarks/http-load.lua "http://127.0.0.1:$PORT" > /dev/null
      jcmd "$SERVER_PID" JFR.stop name=ab > /dev/null
      stop_server
      echo "flight recording (not in the table): $WORK/$label-$engine.jfr"
    done
  done
fi
echo
echo "== uptime at end: $(uptime)"
echo
echo "| round | build | engine | req/s | p50 | p99 | non-2xx | server CPU ms/req | load avg |"
echo "|---:|---|---|---:|---:|---:|---:|---:|---:|"
printf '%s' "$ROWS"
echo
for engine in $ENGINES; do
  [ -n "${CPU[A-$engine]:-}" ] || continue
  a=$(median <<< "${CPU[A-$engine]}"); b=$(median <<< "${CPU[B-$engine]}")
  echo "median server CPU per request, $engine: A $a ms, B $b ms ($(echo "scale=1; 100 * ($b - $a) / $a" | bc)%)"
done
# One build as A and B (the engines of one jar alternated): each engine's median req/s over all its runs, and the
# ratios the issue asks for. Single runs spread by +-25% on a 2-core machine; these medians are the figures to quote.
if [ "${DIRS[0]}" = "${DIRS[1]}" ]; then
  declare -A MED
  for engine in $ENGINES; do
    [ -n "${RPS_ALL[$engine]:-}" ] && MED[$engine]=$(median <<< "${RPS_ALL[$engine]}")
  done
  for pair in "drools baseline" "subset baseline" "drools subset" "drools none" "baseline none"; do
    read -r x y <<< "$pair"
    if [ -n "${MED[$x]:-}" ] && [ -n "${MED[$y]:-}" ]; then
      echo "$x / $y, medians of $((2 * ROUNDS)) runs each: ${MED[$x]} / ${MED[$y]} req/s = $(echo "scale=0; 100 * ${MED[$x]} / ${MED[$y]}" | bc)%"
    fi
  done
fi
