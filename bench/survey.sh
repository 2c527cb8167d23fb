#!/usr/bin/env bash
# Benchmark (not a test) of issue 16's public survey form on the packaged demo app: the p95 of the form page under
# wrk (warmed 20 s, measured 20 s, 50 connections), then answers posted at a fixed 200 per second for 60 s from
# distinct device cookies (bench/SurveyLoad.java, open loop), after a 20 s warm-up at the same rate; the responses
# stored are then counted on the survey's page and compared with the answers sent. The per-address limit is raised
# for the run, because every answer comes from 127.0.0.1. Needs wrk and curl. SKIP_PACKAGE=1 reuses the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
RATE=${RATE:-200}
SECONDS_RUN=${SECONDS_RUN:-60}
DATA=$(mktemp -d)
OUT=bench/results
mkdir -p "$OUT"
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -DskipTests package
JAR=$(ls target/cchc-*.jar | grep -v original | head -1)
BASE="http://127.0.0.1:$PORT"

CCHC_DATA_DIR="$DATA/postgres" CCHC_FILES_DIR="$DATA/files" java -Xmx512m -jar "$JAR" --server.port="$PORT" \
  --cchc.survey.per-address-per-hour=1000000 > "$OUT/survey-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -s -o /dev/null -w '%{http_code}' "$BASE/login" 2>/dev/null | grep -q 200; do sleep 0.2; done

jar=$(mktemp)
login() {
  local token
  : > "$jar" # a fresh session each time: the demo users may not exist yet on the first tries
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | { grep -o 'name="_csrf" value="[^"]*"' || true; } | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=bnt.vhxh&password=demo1234&_csrf=$token" "$BASE/login"
}
# the demo data loads after the server answers: wait for the demo survey (at most 10 minutes)
survey=""
for _ in $(seq 1 300); do
  login
  survey=$(curl -s -b "$jar" "$BASE/survey" | { grep -o 'href="/survey/[0-9]*"' || true; } | head -1 | grep -o '[0-9]*' || true)
  [ -n "$survey" ] && break
  sleep 2
done
[ -n "$survey" ] || { echo "no demo survey after 10 minutes" >&2; exit 1; }
point=$(curl -s -b "$jar" "$BASE/survey/$survey" | grep -o '/khao-sat/[a-z0-9]*' | head -1 | sed 's|/khao-sat/||')
page=$(curl -s "$BASE/khao-sat/$point")
form=$(echo "$page" | grep -o 'name="form" value="[0-9]*"' | grep -o '[0-9]*')
stamp=$(echo "$page" | grep -o 'name="stamp" value="[^"]*"' | sed 's/.*value="//;s/"//')
count() { curl -s -b "$jar" "$BASE/survey/$survey" | grep -o '[0-9.,]* phiếu đã nhận' | grep -o '^[0-9.,]*' | tr -d '.,'; }

cat > "$OUT/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
LUA

{
  echo "public survey form, $(date -u +%F), $(nproc) cores, page $(echo "$page" | wc -c) bytes"
  wrk -t2 -c50 -d20s "$BASE/khao-sat/$point" > /dev/null
  printf '%-28s %s\n' "GET /khao-sat/{token}" "$(wrk -t2 -c50 -d20s -s "$OUT/p95.lua" "$BASE/khao-sat/$point" | tail -1)"
  sleep 16 # the stamp must be older than the minimum fill time, or every answer would be flagged "too fast"
  java bench/SurveyLoad.java "$BASE" "$point" "$form" "$stamp" "$RATE" 20 > /dev/null
  before=$(count)
  printf '%-28s %s\n' "POST answers" "$(java bench/SurveyLoad.java "$BASE" "$point" "$form" "$stamp" "$RATE" "$SECONDS_RUN")"
  after=$(count)
  echo "rows stored during the run: $((after - before)) of $((RATE * SECONDS_RUN)) sent"
} | tee "$OUT/survey.txt"
rm -f "$jar"
