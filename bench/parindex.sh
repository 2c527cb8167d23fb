#!/usr/bin/env bash
# PAR Index benchmark (not a test): 150 communes of one province on the example criteria set, each self-scoring its
# 39 criteria through the services, sent and appraised; then one assessment page, one forecast and the province
# ranking timed. About ten minutes on 2 vCPUs. Results: bench/results/parindex.txt.
# Smaller runs: BENCH_COMMUNES=20 bench/parindex.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dbench.excluded=none -Dtest=ParIndexBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.jvm="-Duser.timezone=UTC -Xmx1g -Dbench.communes=${BENCH_COMMUNES:-150}"
cat bench/results/parindex.txt
