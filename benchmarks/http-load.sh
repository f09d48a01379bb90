#!/usr/bin/env bash
# HTTP load benchmark on loopback (127.0.0.1 only). Builds the service and the benchmarks jar, then:
#  1. start-up: time from `java -jar` to /actuator/health UP, plain and with an AppCDS archive;
#  2. load: POST /api/v1/checks with wrk at 1, 16 and 64 connections, answered by Drools (the service as shipped,
#     full catalog), by Drools on the baseline's subset of rules (lawcheck.engine=subset) and by the hand-written
#     baseline (lawcheck.engine=baseline), the benchmarks jar on loader.path, same JVM flags, same launch (all in the
#     jar's default Spring AOT mode; the engine is picked by an initializer, not a build-time condition:
#     io.lawcheck.bench.service.BenchmarkEngineInitializer); subset / baseline is the engine's share for the same
#     rules, drools / subset what the rest of the catalog costs; and by no rules at all (lawcheck.engine=none: the
#     case parsed, validated, mapped and answered with no findings), the floor of HTTP + JSON on this machine;
#     throughput, p50/p99/p99.9, the server's peak RSS, and CPU time per request of the server and of wrk (the
#     CPU figures stay meaningful when other jobs load the machine; req/s and latencies do not);
#  3. batch: 1,000,000 generated cases through POST /api/v1/checks/batch (io.lawcheck.bench.http.BatchLoad: NDJSON
#     streamed from memory in requests of 100,000 cases, 2 at a time; result lines counted) on the Drools server.
# Prints one table at the end. Needs wrk (Debian: apt-get install -y wrk). Every wrk run is bounded by time (-d) and
# count (MAX_REQUESTS per wrk thread), the batch by its case count and BATCH_TIMEOUT; the server is stopped at the end.
# Env: DURATION (15s), WARMUP (20s), CONNS ("1 16 64"), ENGINES ("drools subset baseline none"), STARTUP_RUNS (3; 0 skips),
# BATCH_CASES (1000000; 0 skips), BATCH_PER_REQUEST (100000), BATCH_PARALLEL (2), BATCH_TIMEOUT (600 s),
# CHECK_PATH (/api/v1/checks?asOf=2024-11-01), JAR (the service jar to run; default the one built here), CLIENT_OPTS
# (BatchLoad's JVM flags), JFR=1 (flight recordings, in benchmarks/target/http-load/, of an extra
# unreported 64-connection pass and batch request; shares per part: benchmarks/jfr-shares.py FILE), PORT (18080),
# SKIP_BUILD=1, JAVA_OPTS (server flags, default below).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PORT:-18080}
STARTUP_RUNS=${STARTUP_RUNS:-3}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-20s}
CONNS=${CONNS:-1 16 64}
ENGINES=${ENGINES:-drools subset baseline none}
BATCH_CASES=${BATCH_CASES:-1000000}
BATCH_PER_REQUEST=${BATCH_PER_REQUEST:-100000}
BATCH_PARALLEL=${BATCH_PARALLEL:-2}
BATCH_TIMEOUT=${BATCH_TIMEOUT:-600}
export MAX_REQUESTS=${MAX_REQUESTS:-1000000}
export SAMPLES_DIR=$ROOT/test-fixtures/src/main/resources/samples
export CHECK_PATH=${CHECK_PATH:-/api/v1/checks?asOf=2024-11-01}
# Heap sized for the RSS target: 256 MiB max heap is plenty (live set < 100 MiB), SerialGC has the smallest native
# footprint and on 2 cores its young pauses are shorter than G1's; code cache and thread stacks capped. Young
# generation 96 MiB with 16 MiB survivor spaces (filled to 80%): the batch endpoint's cases in flight (~6 MiB for
# two requests) die there instead of being promoted, so the old generation neither fills nor needs full GCs, and
# its untouched pages stay out of the RSS (docs/performance.md).
JAVA_OPTS=${JAVA_OPTS:-"-Xms256m -Xmx256m -Xmn96m -XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=80 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"}
# The batch client (BatchLoad) shares the server's 2 cores: C1 only, as its C2 compilations cost more CPU than
# the streaming they speed up (2.8 vs 6.0 s of client CPU for 100,000 cases).
CLIENT_OPTS=${CLIENT_OPTS:-"-Xms256m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
JAR=${JAR:-$ROOT/rules-service/target/lawcheck-service.jar}
BENCH_JAR=$ROOT/benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar
WORK=$ROOT/benchmarks/target/http-load
mkdir -p "$WORK"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -q -pl rules-service,benchmarks -am package -DskipTests
fi
BENCH_CP="$BENCH_JAR:$(cat "$ROOT/benchmarks/target/benchmark-classpath.txt")"

# shellcheck source=server-process.sh
. "$ROOT/benchmarks/server-process.sh"

start() { # $1 = label; rest = java args
  local label=$1; shift
  LOG=$WORK/server-$label.log
  local t0; t0=$(date +%s%N)
  java $JAVA_OPTS "$@" --server.address=127.0.0.1 --server.port="$PORT" > "$LOG" 2>&1 &
  SERVER_PID=$!
  READY=$(wait_health_up "$t0" 9000 0.02 "$LOG") || exit 1 # 20 ms steps, at most ~3 min
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Samples the server's RSS every 0.5 s into $1 until killed.
rss_sampler() { while kill -0 "$SERVER_PID" 2>/dev/null; do ps -o rss= -p "$SERVER_PID"; sleep 0.5; done > "$1"; }
peak_mib() { echo $(( $(sort -n "$1" | tail -1) / 1024 )); }

echo "== machine: $(nproc) CPUs, $(java -version 2>&1 | head -1), load average $(loadavg)"
echo "== uptime at start: $(uptime)"
echo "== JAVA_OPTS: $JAVA_OPTS"

STARTUP_TABLE=
if [ "$STARTUP_RUNS" -gt 0 ]; then
  echo "== start-up (java -jar to health UP), $STARTUP_RUNS run(s) each"
  for i in $(seq 1 "$STARTUP_RUNS"); do
    start plain -jar "$JAR"; echo "plain java -jar: ${READY}s"; stop_server
    STARTUP_TABLE+="| \`java -jar\` | ${READY} s |"$'\n'
  done
  # AppCDS (Spring Boot 3.3+): extract the jar, record the classes of one start-up, reuse the archive.
  rm -rf "$WORK/extracted"
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
  java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/extracted/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$WORK/extracted/lawcheck-service.jar" > "$WORK/cds-training.log" 2>&1 || true
  for i in $(seq 1 "$STARTUP_RUNS"); do
    start cds -XX:SharedArchiveFile="$WORK/extracted/app.jsa" -jar "$WORK/extracted/lawcheck-service.jar"
    echo "extracted jar + AppCDS: ${READY}s"; stop_server
    STARTUP_TABLE+="| extracted jar + AppCDS | ${READY} s |"$'\n'
  done
fi

TABLE=
declare -A RPS
load() { # $1 = engine
  local engine=$1
  # deep stacks for the JFR pass (the default 64 frames cut most Drools stacks); no effect while nothing records
  local jfr_flags=()
  if [ "${JFR:-}" = 1 ]; then jfr_flags=(-XX:FlightRecorderOptions:stackdepth=256); fi
  start "$engine" "${jfr_flags[@]}" -Dloader.path="$BENCH_JAR" -cp "$JAR" \
    org.springframework.boot.loader.launch.PropertiesLauncher --lawcheck.engine="$engine"
  check_engine "$engine" "$LOG"
  # Warm-up (JIT, session pool), not reported.
  wrk -t2 -c64 -d"$WARMUP" --timeout 2s -s benchmarks/http-load.lua "http://127.0.0.1:$PORT" > /dev/null
  for c in $CONNS; do
    local t=$(( c < 2 ? 1 : 2 ))
    rss_sampler "$WORK/rss-$engine-$c.txt" &
    local sampler=$!
    local load0; load0=$(loadavg)
    local cpu0; cpu0=$(cpu_ticks "$SERVER_PID")
    local out
    out=$( { /usr/bin/env time -f 'WRKCPU %U %S' wrk -t$t -c$c -d"$DURATION" --timeout 2s \
      -s benchmarks/http-load.lua "http://127.0.0.1:$PORT"; } 2>&1 | grep -E 'RESULT|WRKCPU')
    local cpu1; cpu1=$(cpu_ticks "$SERVER_PID")
    kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
    local result; result=$(grep RESULT <<< "$out")
    local requests rps p50 p99 p999 errors non2xx wrk_user wrk_sys
    requests=$(grep -oP 'requests=\K[0-9]+' <<< "$result"); rps=$(grep -oP 'rps=\K[0-9]+' <<< "$result")
    p50=$(grep -oP 'p50=\K[0-9.]+' <<< "$result"); p99=$(grep -oP 'p99=\K[0-9.]+' <<< "$result")
    p999=$(grep -oP 'p99.9=\K[0-9.]+' <<< "$result"); errors=$(grep -oP 'errors=\K[0-9]+' <<< "$result")
    non2xx=$(grep -oP 'non2xx=\K[0-9]+' <<< "$result")
    read -r _ wrk_user wrk_sys <<< "$(grep WRKCPU <<< "$out")"
    local server_ms wrk_ms
    server_ms=$(echo "scale=3; ($cpu1 - $cpu0) * 1000 / $TICK / ($requests + 0.0001)" | bc)
    wrk_ms=$(echo "scale=3; ($wrk_user + $wrk_sys) * 1000 / ($requests + 0.0001)" | bc)
    RPS[$engine-$c]=$rps
    printf '%-8s c=%-3s %s peakRSS=%sMiB serverCPU=%sms/req wrkCPU=%sms/req load=%s\n' "$engine" "$c" "${result#RESULT }" \
      "$(peak_mib "$WORK/rss-$engine-$c.txt")" "$server_ms" "$wrk_ms" "${load0%% *}"
    TABLE+="| $engine | $c | $requests | $rps | $p50 ms | $p99 ms | $p999 ms | $errors / $non2xx | $(peak_mib "$WORK/rss-$engine-$c.txt") MiB | $server_ms | $wrk_ms | ${load0%% *} |"$'\n'
  done
  if [ "${JFR:-}" = 1 ]; then
    # A separate, unreported pass: on 2 busy cores the recording itself cut throughput several-fold.
    jcmd "$SERVER_PID" JFR.start name=load settings=profile filename="$WORK/$engine-c64.jfr" > /dev/null
    wrk -t2 -c64 -d"$DURATION" --timeout 2s -s benchmarks/http-load.lua "http://127.0.0.1:$PORT" > /dev/null
    jcmd "$SERVER_PID" JFR.stop name=load > /dev/null
    echo "flight recording of 64 connections (not in the table): $WORK/$engine-c64.jfr"
  fi
  if [ "$engine" = drools ] && [ "$BATCH_CASES" -gt 0 ]; then batch; fi
  stop_server
}

BATCH_LINE=
batch() {
  echo "== batch: $BATCH_CASES cases through POST /api/v1/checks/batch ($BATCH_PER_REQUEST per request, $BATCH_PARALLEL at a time)"
  rss_sampler "$WORK/rss-batch.txt" &
  local sampler=$!
  local load0; load0=$(loadavg)
  local cpu0; cpu0=$(cpu_ticks "$SERVER_PID")
  local out
  out=$( { /usr/bin/env time -f 'CLIENTCPU %U %S' java $CLIENT_OPTS -cp "$BENCH_CP" io.lawcheck.bench.http.BatchLoad \
    "http://127.0.0.1:$PORT" "$BATCH_CASES" "$BATCH_PER_REQUEST" "$BATCH_PARALLEL" "$BATCH_TIMEOUT"; } 2>&1 \
    | grep -E 'BATCH|CLIENTCPU')
  local cpu1; cpu1=$(cpu_ticks "$SERVER_PID")
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  local server_us client_us client_user client_sys
  server_us=$(echo "scale=1; ($cpu1 - $cpu0) * 1000000 / $TICK / $BATCH_CASES" | bc)
  read -r _ client_user client_sys <<< "$(grep CLIENTCPU <<< "$out")"
  client_us=$(echo "scale=1; ($client_user + $client_sys) * 1000000 / $BATCH_CASES" | bc)
  out=$(grep BATCH <<< "$out")
  echo "$out peakRSS=$(peak_mib "$WORK/rss-batch.txt")MiB serverCPU=${server_us}us/case clientCPU=${client_us}us/case load=${load0%% *}"
  if [ "${JFR:-}" = 1 ]; then # unreported pass, as for the load
    jcmd "$SERVER_PID" JFR.start name=batch settings=profile filename="$WORK/batch.jfr" > /dev/null
    java $CLIENT_OPTS -cp "$BENCH_CP" io.lawcheck.bench.http.BatchLoad \
      "http://127.0.0.1:$PORT" "$BATCH_PER_REQUEST" "$BATCH_PER_REQUEST" 1 "$BATCH_TIMEOUT" > /dev/null
    jcmd "$SERVER_PID" JFR.stop name=batch > /dev/null
    echo "flight recording of one batch request (not in the table): $WORK/batch.jfr"
  fi
  BATCH_LINE="| $(grep -oP 'cases=\K[0-9]+' <<< "$out") | $(grep -oP 'requests=\K[0-9]+' <<< "$out") x $BATCH_PER_REQUEST, $BATCH_PARALLEL at a time | $(grep -oP 'seconds=\K[0-9.]+' <<< "$out") s | $(grep -oP 'cases/s=\K[0-9]+' <<< "$out") | $(grep -oP 'errors=\K[0-9]+' <<< "$out") | $(peak_mib "$WORK/rss-batch.txt") MiB | $server_us | $client_us | ${load0%% *} |"
}

echo "== load: POST $CHECK_PATH, 3 sample cases in turn, $DURATION per level after $WARMUP warm-up"
for engine in $ENGINES; do load "$engine"; done

echo
echo "== results (uptime at end: $(uptime))"
if [ -n "$STARTUP_TABLE" ]; then
  echo
  echo "| start | ready after |"
  echo "|---|---:|"
  printf '%s' "$STARTUP_TABLE"
fi
echo
echo "| engine | connections | requests | req/s | p50 | p99 | p99.9 | errors / non-2xx | peak RSS | server CPU ms/req | wrk CPU ms/req | load avg |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s' "$TABLE"
ratio() { # $1 / $2 at $3 connections, when both ran
  if [ -n "${RPS[$1-$3]:-}" ] && [ -n "${RPS[$2-$3]:-}" ] && [ "${RPS[$2-$3]}" -gt 0 ]; then
    echo "$1 / $2 at $3 connection(s): $(( 100 * ${RPS[$1-$3]} / ${RPS[$2-$3]} ))%"
  fi
}
echo "(ratios of single runs, indicative only: alternated medians come from http-ab.sh with one build as A and B)"
for c in $CONNS; do
  ratio drools baseline "$c"; ratio subset baseline "$c"; ratio drools subset "$c"
  ratio drools none "$c"; ratio baseline none "$c"
done
if [ -n "$BATCH_LINE" ]; then
  echo
  echo "| batch cases | requests | time | cases/s | error lines | peak RSS | server CPU µs/case | client CPU µs/case | load avg |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  echo "$BATCH_LINE"
fi
