# Sourced by http-load.sh, http-ab.sh and startup.sh: the one server process a benchmark script runs at a time
# (SERVER_PID, on 127.0.0.1:$PORT), stopped on exit.
SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap stop_server EXIT

# Polls GET /actuator/health every $3 s, at most $2 times, until it answers 200; prints the seconds since $1
# (`date +%s%N`). Fails (status 1, message naming the log $4) if the server dies or never comes up.
wait_health_up() {
  local start=$1 polls=$2 interval=$3 log=$4 code
  for _ in $(seq 1 "$polls"); do
    code=$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null || true)
    if [ "$code" = 200 ]; then
      echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died; log: $log" >&2; return 1; }
    sleep "$interval"
  done
  echo "not ready after $polls polls of ${interval} s; log: $log" >&2
  return 1
}

# utime + stime of process $1, in clock ticks (TICK per second).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK=$(getconf CLK_TCK)

# Fails unless the server's log ($2) shows that engine $1 answers: a run must never silently measure another engine
# (the banners of io.lawcheck.bench.service.BenchmarkEngineInitializer).
check_engine() {
  local engine=$1 log=$2
  case "$engine" in
    baseline|subset|none)
      grep -q "lawcheck.engine=$engine" "$log" || { echo "$engine engine not active; see $log" >&2; exit 1; } ;;
    *)
      if grep -qE "lawcheck.engine=(baseline|subset|none)" "$log"; then
        echo "$engine run answered by a benchmark engine; see $log" >&2; exit 1
      fi ;;
  esac
}
