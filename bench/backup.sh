#!/usr/bin/env bash
# Commune archive benchmark (not a test): the demo's biggest commune with its ledger grown to BENCH_DOSSIERS
# dossiers (default 100000), exported to a ZIP and imported into a second database. Results: bench/results/backup.txt.
# BENCH_SOURCE_URL=jdbc:postgresql://127.0.0.1:5432/empty_db keeps the source there (then: ops/backup.sh on it).
# Arguments go to Maven (-o to stay offline).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q "$@" test -Dbench.excluded=none -Dtest=CommuneArchiveBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.jvm="-Duser.timezone=UTC -Dbench.dossiers=${BENCH_DOSSIERS:-100000} ${BENCH_SOURCE_URL:+-Dbench.sourceUrl=$BENCH_SOURCE_URL}"
cat bench/results/backup.txt
