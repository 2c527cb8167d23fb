#!/usr/bin/env bash
# One-stop ledger benchmark (not a test): a synthetic province of 150 communes and 5M dossiers over a year, loaded
# through the real importer in a JVM limited to 512 MB; the 1M-row import against psql's \copy of the same file
# into a table keyed and indexed like the ledger (the fair floor) and into a bare table; a large ward's indicator
# dashboard at ~100k and at 5M dossiers.
# Needs psql (apt-get install postgresql-client). Arguments go to Maven (-o to stay offline).
# Takes about half an hour on 2 vCPUs and ~6 GB of temporary disk. Results: bench/results/dossier.txt.
# Smaller runs: BENCH_TOTAL=500000 BENCH_BIG=200000 bench/dossier.sh
# Only the large import against its two floors: BENCH_IMPORT_ONLY=true, with BENCH_REPEAT=3 to take the best of three
# runs of each on a busy machine; extra JVM options (a JFR recording, say):
# BENCH_JVM="-XX:StartFlightRecording=filename=/tmp/import.jfr".
set -euo pipefail
cd "$(dirname "$0")/.."
command -v psql > /dev/null || { echo "psql is needed: apt-get install postgresql-client" >&2; exit 1; }
./mvnw -q "$@" test -Dbench.excluded=none -Dtest=DossierBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.jvm="-Duser.timezone=UTC -Xmx512m -Dbench.total=${BENCH_TOTAL:-5000000} -Dbench.bigFile=${BENCH_BIG:-1000000} \
  -Dbench.importOnly=${BENCH_IMPORT_ONLY:-false} \
  -Dbench.repeat=${BENCH_REPEAT:-1} ${BENCH_JVM:-}"
cat bench/results/dossier.txt
