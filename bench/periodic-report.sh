#!/usr/bin/env bash
# Periodic CCHC report benchmark (not a test): the Quý I report of a plan of 80 tasks led by 10 units, generated as
# DOCX with its annexes, timed warm in the test JVM against the embedded PostgreSQL. Goal: ≤ 500 ms.
# Results: bench/results/periodic-report.txt. Other sizes: BENCH_TASKS=80 BENCH_RUNS=30 bench/periodic-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dbench.excluded=none -Dtest=PeriodicReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.jvm="-Duser.timezone=UTC -Dbench.tasks=${BENCH_TASKS:-80} -Dbench.runs=${BENCH_RUNS:-30}"
cat bench/results/periodic-report.txt
