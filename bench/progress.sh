#!/usr/bin/env bash
# Progress benchmark (not a test): a commune with 10 units, a 60-task plan and a year of monthly reports, built
# through the services on a real server; then the status engine's time and the dashboard's p95 under 20 users.
# Needs wrk (apt-get install wrk). Results: bench/results/progress.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
./mvnw -q test -Dbench.excluded=none -Dtest=ProgressBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat bench/results/progress.txt
