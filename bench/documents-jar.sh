#!/usr/bin/env bash
# Official documents on the packaged jar (not a test): starts the app with fresh demo data, logs in as the standing
# agency of Bắc Nha Trang and times, warm, the documents a user asks for: the periodic report of this year's plan
# (51 tasks, a year of accepted reports, ~6,600 dossiers) with its statistics workbook, the plan document and the
# PAR self-assessment report. Sequential requests, so each time is one user's wait.
# Usage: bench/documents-jar.sh [runs]   (default 30 timed runs after 15 warm-up runs of each document)
# Results: bench/results/documents-jar.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-30}
PORT=8093
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/cchc-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -o package -DskipTests
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
# This year's plan (the demo's newest) and its Quý I report.
report=$(curl -s -b "$JAR" "$BASE/documents/periodic" | grep -o '/documents/periodic/[0-9]*/QUARTER_1' \
  | sort -t/ -k4 -n | tail -1)
plan=${report#/documents/periodic/}; plan=${plan%/QUARTER_1}
assessment=$(curl -s -L -b "$JAR" "$BASE/parindex" | grep -oE '/parindex/assessments/[0-9]+' | head -1 || true)
time_it() { # name url: prints median, p90 and max in ms of $RUNS sequential requests after 15 warm-up ones
  local name=$1 url=$2
  for _ in $(seq 1 15); do curl -s -b "$JAR" -o /dev/null "$BASE$url"; done
  local code; code=$(curl -s -b "$JAR" -o /dev/null -w '%{http_code}' "$BASE$url")
  for _ in $(seq 1 "$RUNS"); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE$url"; done \
    | sort -n | awk -v n="$name" -v c="$code" '{t[NR]=$1*1000} END {printf "%-34s HTTP %s  median %4.0f ms  p90 %4.0f ms  max %4.0f ms\n", n, c, t[int((NR+1)/2)], t[int(NR*0.9)], t[NR]}'
}
{
  echo "$(date -u +%F) $(nproc) cores, $(java -version 2>&1 | head -1), runs=$RUNS"
  time_it "periodic report Quý I (DOCX)" "$report/report.docx"
  time_it "periodic report statistics (XLSX)" "$report/statistics.xlsx"
  time_it "plan document (DOCX)" "/plans/$plan/document.docx"
  if [ -n "$assessment" ]; then time_it "PAR self-assessment report (DOCX)" "$assessment/dossier.docx"; fi
} | tee bench/results/documents-jar.txt
