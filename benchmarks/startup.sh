#!/usr/bin/env bash
# Start-up benchmark on loopback (127.0.0.1 only): seconds from launching the JVM to GET /actuator/health = 200 (UP),
# for each deployment variant, RUNS times each, median printed. Also the process's CPU seconds at that moment
# (user + system; steadier than wall time when other jobs share the CPUs) and the phases the service logs
# ("Started ... in" and the catalog's "catalog ready" line).
#
# Variants (VARIANTS, space-separated; default "plain cds"):
#   plain   java -jar rules-service/target/lawcheck-service.jar            (the README's command, no JVM flags)
#   cds     extracted jar (java -Djarmode=tools extract) + AppCDS archive made by one training run (Java 17)
#   aot25   extracted jar + Java 25 AOT cache (-XX:AOTCache), only if JAVA25 points at a JDK 25 (optional variant)
# Env: RUNS (5), PORT (18280), SKIP_BUILD=1, JAVA_OPTS (extra JVM flags for every variant, default none),
#      JAR (another service jar to compare, e.g. an older build),
#      JAVA25 (default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java, used if present).
# Every poll loop is bounded (10 ms steps, at most 60 s per start); each server is stopped before the next starts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PORT:-18280}
RUNS=${RUNS:-5}
VARIANTS=${VARIANTS:-"plain cds"}
JAVA_OPTS=${JAVA_OPTS:-}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=${JAR:-$ROOT/rules-service/target/lawcheck-service.jar}
WORK=$ROOT/benchmarks/target/startup
APP=$WORK/extracted/$(basename "$JAR")
mkdir -p "$WORK"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -q -B -ntp -pl rules-service -am package -DskipTests
fi

# shellcheck source=server-process.sh
. "$ROOT/benchmarks/server-process.sh"

cpu_seconds() { # user+system CPU seconds of process $1 so far
  awk -v ticks="$(cpu_ticks "$1")" -v t="$TICK" 'BEGIN { printf "%.2f", ticks / t }'
}

# Starts "$@" (a java command line), polls health every 10 ms for at most 60 s; sets READY (s) and CPU (s).
measure() {
  local log=$1; shift
  local t0; t0=$(date +%s%N)
  "$@" --server.address=127.0.0.1 --server.port="$PORT" > "$log" 2>&1 &
  SERVER_PID=$!
  READY=$(wait_health_up "$t0" 6000 0.01 "$log") || exit 1
  CPU=$(cpu_seconds "$SERVER_PID")
  stop_server
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# Runs variant $1 RUNS times with the command "${CMD[@]}"; prints each run and the medians.
run_variant() {
  local name=$1
  local ready=() cpu=()
  for i in $(seq 1 "$RUNS"); do
    local log=$WORK/$name-$i.log
    measure "$log" "${CMD[@]}"
    local started catalog
    started=$(grep -o 'Started LawcheckApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log" \
      | sed -E 's/.* in ([0-9.]*) seconds \(process running for ([0-9.]*)\)/context \1 s, JVM \2 s/' || true)
    catalog=$(grep -o 'catalog [^ ]* ready: .*' "$log" | sed -E 's/ on a background thread; start-up/;/' \
      | head -1 || true)
    printf '%-6s run %d: ready %5.2f s, CPU %5.2f s  (%s; %s) load %s\n' "$name" "$i" "$READY" "$CPU" \
      "${started:-?}" "${catalog:-no catalog line}" "$(cut -d' ' -f1 /proc/loadavg)"
    ready+=("$READY"); cpu+=("$CPU")
  done
  printf '%-6s MEDIAN ready %s s, CPU %s s over %d runs\n' "$name" \
    "$(printf '%s\n' "${ready[@]}" | median)" "$(printf '%s\n' "${cpu[@]}" | median)" "$RUNS"
}

extract() { # $1 = java; extracted jar in $WORK/extracted (fresh, so archives match the jar just built)
  rm -rf "$WORK/extracted"
  "$1" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
}

echo "== $(nproc) CPUs, $($JAVA17 -version 2>&1 | head -1), $(uptime)"
echo "== JAVA_OPTS: ${JAVA_OPTS:-(none)}; $RUNS run(s) per variant; ready = GET /actuator/health answers 200"
for variant in $VARIANTS; do
  case $variant in
    plain)
      CMD=($JAVA17 $JAVA_OPTS -jar "$JAR")
      ;;
    cds)
      extract "$JAVA17"
      # Training run: starts, refreshes the context, exits (Spring Boot's spring.context.exit=onRefresh).
      $JAVA17 $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/extracted/app.jsa" -Dspring.context.exit=onRefresh \
        -jar "$APP" > "$WORK/cds-training.log" 2>&1 || true
      [ -f "$WORK/extracted/app.jsa" ] || { echo "no CDS archive; see $WORK/cds-training.log" >&2; exit 1; }
      CMD=($JAVA17 $JAVA_OPTS -XX:SharedArchiveFile="$WORK/extracted/app.jsa" -jar "$APP")
      ;;
    aot25)
      [ -x "$JAVA25" ] || { echo "aot25: no JDK 25 at $JAVA25 (set JAVA25); skipped"; continue; }
      extract "$JAVA25"
      $JAVA25 $JAVA_OPTS -XX:AOTCacheOutput="$WORK/extracted/app.aot" -Dspring.context.exit=onRefresh \
        -jar "$APP" > "$WORK/aot-training.log" 2>&1 || true
      [ -f "$WORK/extracted/app.aot" ] || { echo "no AOT cache; see $WORK/aot-training.log" >&2; exit 1; }
      CMD=($JAVA25 $JAVA_OPTS -XX:AOTCache="$WORK/extracted/app.aot" -jar "$APP")
      ;;
    *)
      echo "unknown variant $variant" >&2; exit 2
      ;;
  esac
  run_variant "$variant"
done
echo "== $(uptime)"
