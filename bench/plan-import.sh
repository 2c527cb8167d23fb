#!/usr/bin/env bash
# Plan import on the packaged jar (not a test): starts the app with fresh demo data, logs in as the standing agency
# of Bắc Nha Trang and times, warm, POST /plans/import for each seed plan pasted as text (read, review draft stored,
# answered with the redirect to the review page), then the review page of the draft it made. Sequential requests, so
# each time is one user's wait. Every import stores a draft; the data directory is thrown away at the end.
# The seeds are also uploaded as DOCX files with real tables, written by the test utility SeedDocuments.
# The JIT is warmed first (WARM_SECONDS of imports of every seed, default 60) before anything is timed.
# Usage: bench/plan-import.sh [runs]   (default 20 timed runs after 5 warm-up runs per seed)
# Results: bench/results/plan-import.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
WARM=5
PORT=8094
SEEDS=src/test/resources/planimport/seeds
mkdir -p bench/results
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/cchc-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -o package -DskipTests
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt"
DOCX_DIR="$WORK/docx"
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" vn.cchc.planimport.SeedDocuments "$DOCX_DIR"
cp target/cchc-0.1.0-SNAPSHOT.jar "$WORK/app.jar"
CCHC_DATA_DIR="$WORK/data" CCHC_FILES_DIR="$WORK/files" java -Xmx512m -jar "$WORK/app.jar" --server.port=$PORT \
  > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 180); do curl -fs -o /dev/null "http://localhost:$PORT/login" && break; sleep 1; done
JAR="$WORK/cookies"
BASE="http://localhost:$PORT"
token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=bnt.vhxh" --data-urlencode "password=demo1234" \
  --data-urlencode "_csrf=$token" "$BASE/login"
csrf=$(curl -s -b "$JAR" "$BASE/plans/import" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')

post() { # part: "text=<file" for pasted text, "file=@file" for an upload; prints "code seconds redirect"
  curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}\n' -F "_csrf=$csrf" -F "$1" \
    "$BASE/plans/import"
}
stats() { # name code: median, p90 and max in ms of the seconds read from stdin
  sort -n | awk -v n="$1" -v c="$2" '{t[NR]=$1*1000} END {printf "%-44s HTTP %s  median %5.0f ms  p90 %5.0f ms  max %5.0f ms\n", n, c, t[int((NR+1)/2)], t[int(NR*0.9)], t[NR]}'
}
time_import() { # name part
  local name=$1 part=$2 first code review
  for _ in $(seq 1 $WARM); do post "$part" > /dev/null; done
  first=$(post "$part"); code=${first%% *}; review=${first##* }
  for _ in $(seq 1 "$RUNS"); do post "$part" | cut -d' ' -f2; done | stats "import $name" "$code"
  if [ "$code" = 302 ]; then
    for _ in $(seq 1 $WARM); do curl -s -b "$JAR" -o /dev/null "$review"; done
    for _ in $(seq 1 "$RUNS"); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$review"; done \
      | stats "review page $name" "$(curl -s -b "$JAR" -o /dev/null -w '%{http_code}' "$review")"
  fi
}
warm_end=$(( $(date +%s) + ${WARM_SECONDS:-60} ))
while [ "$(date +%s)" -lt "$warm_end" ]; do
  for seed in "$SEEDS"/*.txt; do post "text=<$seed" > /dev/null; done
  for docx in "$DOCX_DIR"/*.docx; do post "file=@$docx" > /dev/null; done
done
{
  echo "$(date -u +%F) $(nproc) cores, $(java -version 2>&1 | head -1), runs=$RUNS"
  for seed in "$SEEDS"/*.txt; do
    time_import "$(basename "$seed" .txt) (pasted, $(wc -l < "$seed") lines)" "text=<$seed"
  done
  for docx in "$DOCX_DIR"/*.docx; do time_import "$(basename "$docx") (DOCX)" "file=@$docx"; done
} | tee bench/results/plan-import.txt
