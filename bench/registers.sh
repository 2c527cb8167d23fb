#!/usr/bin/env bash
# Registers benchmark (not a test): a ward of 40 units with a year of inspections, findings, initiatives, articles
# and dialogues entered through the forms; then the seven register indicators (the year, each month) and the four
# register pages timed after a warm-up. About three minutes on 2 vCPUs. Results: bench/results/registers.txt.
# Smaller or larger wards: BENCH_UNITS=80 bench/registers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dbench.excluded=none -Dtest=RegistersBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.jvm="-Duser.timezone=UTC -Xmx1g -Dbench.units=${BENCH_UNITS:-40}"
cat bench/results/registers.txt
