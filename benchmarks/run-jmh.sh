#!/usr/bin/env bash
# Builds the reactor (no install, tests skipped) and runs the JMH benchmarks at 1 and 2 threads, then prints one
# table and the Drools / plain-Java ratio. JMH options may be given; the default fits a 2-core machine (~8 min).
#   benchmarks/run-jmh.sh                                  # everything
#   benchmarks/run-jmh.sh -f1 -wi 3 -i 5 -w 2s -r 3s 'CheckBenchmark.full.*'
#   BENCH_THREADS=1 benchmarks/run-jmh.sh ...              # one thread count only
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl benchmarks -am package -DskipTests
CP="benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/benchmark-classpath.txt)"
if [ $# -eq 0 ]; then
  set -- -f1 -wi 3 -i 5 -w 2s -r 3s
fi
# The forked JVMs get the same heap: 1 GiB fixed so GC sizing does not drift between benchmarks.
exec java -Dbench.threads="${BENCH_THREADS:-1,2}" -cp "$CP" io.lawcheck.bench.BenchmarkMain -jvmArgs "-Xms1g -Xmx1g" "$@"
