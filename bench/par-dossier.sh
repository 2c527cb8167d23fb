#!/usr/bin/env bash
# PAR evidence package benchmark (not a test): a submitted assessment citing 300 evidence documents of 500 KB
# (incompressible, ~147 MB of ZIP) packed into the evidence ZIP, in a test JVM limited to a heap far smaller than
# the package, to show the files stream through. A few minutes on 2 vCPUs. Results: bench/results/par-dossier.txt.
# Other sizes: BENCH_DOCUMENTS=300 BENCH_KB=500 BENCH_HEAP=64m bench/par-dossier.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dbench.excluded=none -Dtest=EvidencePackageBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest.jvm="-Duser.timezone=UTC -Xmx${BENCH_HEAP:-64m} -Dbench.documents=${BENCH_DOCUMENTS:-300} \
  -Dbench.kilobytes=${BENCH_KB:-500}"
cat bench/results/par-dossier.txt
