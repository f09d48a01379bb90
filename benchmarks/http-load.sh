#!/usr/bin/env bash
# HTTP load benchmark on loopback (127.0.0.1 only). Builds the service and the benchmarks jar, then:
#  1. start-up: time from `java -jar` to /actuator/health UP, plain and with an AppCDS archive;
#  2. load: POST /api/v1/checks with wrk at 1, 16 and 64 connections, answered by Drools (the service as shipped)
#     and by the hand-written baseline (lawcheck.engine=baseline, benchmarks jar on loader.path), same JVM flags;
#     throughput, p50/p99/p99.9, and the server's peak RSS.
# Needs wrk (Debian: apt-get install -y wrk). Every wrk run is bounded by time (-d) and count (MAX_REQUESTS per
# wrk thread); the server is stopped at the end. Env: DURATION (default 15s), WARMUP (10s), PORT (18080),
# STARTUP_RUNS (3), SKIP_BUILD=1, JAVA_OPTS (heap flags, default below).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PORT:-18080}
STARTUP_RUNS=${STARTUP_RUNS:-3}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
export MAX_REQUESTS=${MAX_REQUESTS:-1000000}
export SAMPLES_DIR=$ROOT/test-fixtures/src/main/resources/samples
# Heap sized for the RSS target: 256 MiB max heap is plenty (live set < 100 MiB), SerialGC has the smallest native
# footprint and on 2 cores its young pauses are shorter than G1's; code cache and thread stacks capped.
JAVA_OPTS=${JAVA_OPTS:-"-Xms256m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"}
JAR=$ROOT/rules-service/target/lawcheck-service.jar
BENCH_JAR=$ROOT/benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar
WORK=$ROOT/benchmarks/target/http-load
mkdir -p "$WORK"
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -q -pl rules-service,benchmarks -am package -DskipTests
fi

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap stop_server EXIT

# Polls health every 20 ms for at most ~3 min; prints the seconds from $1 (ns) to UP.
wait_ready() {
  local start=$1
  for _ in $(seq 1 9000); do
    if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q 200; then
      echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died; log: $LOG" >&2; exit 1; }
    sleep 0.02
  done
  echo "not ready after ~3 min" >&2
  exit 1
}

start() { # $1 = label; rest = java args
  local label=$1; shift
  LOG=$WORK/server-$label.log
  local t0; t0=$(date +%s%N)
  java $JAVA_OPTS "$@" --server.address=127.0.0.1 --server.port="$PORT" > "$LOG" 2>&1 &
  SERVER_PID=$!
  READY=$(wait_ready "$t0")
}

echo "== machine: $(nproc) CPUs, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== JAVA_OPTS: $JAVA_OPTS"

echo "== start-up (java -jar to health UP), $STARTUP_RUNS run(s) each"
for i in $(seq 1 "$STARTUP_RUNS"); do
  start plain -jar "$JAR"; echo "plain java -jar: ${READY}s"; stop_server
done
# AppCDS (Spring Boot 3.3+): extract the jar, record the classes of one start-up, reuse the archive.
rm -rf "$WORK/extracted"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/extracted/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$WORK/extracted/lawcheck-service.jar" > "$WORK/cds-training.log" 2>&1 || true
for i in $(seq 1 "$STARTUP_RUNS"); do
  start cds -XX:SharedArchiveFile="$WORK/extracted/app.jsa" -jar "$WORK/extracted/lawcheck-service.jar"
  echo "extracted jar + AppCDS: ${READY}s"; stop_server
done

load() { # $1 = engine
  local engine=$1
  start "$engine" -Dloader.path="$BENCH_JAR" -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher \
    --lawcheck.engine="$engine"
  if [ "$engine" = baseline ]; then
    grep -q "lawcheck.engine=baseline" "$LOG" || { echo "baseline engine not active; see $LOG" >&2; exit 1; }
  elif grep -q "lawcheck.engine=baseline" "$LOG"; then
    echo "drools run answered by the baseline; see $LOG" >&2; exit 1
  fi
  # Warm-up (JIT, session pool), not reported.
  wrk -t2 -c16 -d"$WARMUP" --timeout 2s -s benchmarks/http-load.lua "http://127.0.0.1:$PORT" > /dev/null
  for c in 1 16 64; do
    local t=$(( c < 2 ? 1 : 2 ))
    local peak=0
    ( while kill -0 "$SERVER_PID" 2>/dev/null; do ps -o rss= -p "$SERVER_PID"; sleep 0.5; done ) > "$WORK/rss-$engine-$c.txt" &
    local sampler=$!
    local out
    out=$(wrk -t$t -c$c -d"$DURATION" --timeout 2s -s benchmarks/http-load.lua "http://127.0.0.1:$PORT" | grep RESULT)
    kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
    peak=$(sort -n "$WORK/rss-$engine-$c.txt" | tail -1)
    printf '%-8s c=%-3s %s peakRSS=%sMiB\n' "$engine" "$c" "${out#RESULT }" "$(( ${peak:-0} / 1024 ))"
  done
  stop_server
}

echo "== load: POST /api/v1/checks, 3 sample cases in turn, $DURATION per level after $WARMUP warm-up"
load drools
load baseline
