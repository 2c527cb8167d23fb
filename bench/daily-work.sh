#!/usr/bin/env bash
# Benchmark (not a test) of issue 15's daily pages on the packaged demo app: the inbox, the chairman's summary, the
# province landing, the month of deadlines, and a search. Each page is warmed for 20 s with wrk
# before it is measured for 20 s with 4 connections of one logged-in user. Needs wrk and curl. Loopback only.
# SKIP_PACKAGE=1 reuses target/cchc-*.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
DATA=$(mktemp -d)
OUT=bench/results
mkdir -p "$OUT"
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -DskipTests package
JAR=$(ls target/cchc-*.jar | grep -v original | head -1)
BASE="http://127.0.0.1:$PORT"

CCHC_DATA_DIR="$DATA/postgres" CCHC_FILES_DIR="$DATA/files" java -Xmx512m -jar "$JAR" --server.port="$PORT" \
  > "$OUT/daily-work-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -s -o /dev/null -w '%{http_code}' "$BASE/login" 2>/dev/null | grep -q 200; do sleep 0.2; done

source bench/session.sh

cat > "$OUT/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
LUA

# measure USER PATH: warm-up, then one line of figures.
measure() {
  local sid status
  sid=$(session "$1")
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$sid" "$BASE$2")
  [ "$status" = 200 ] || { echo "$1 $2 answered $status" >&2; exit 1; }
  wrk -t2 -c4 -d20s -H "Cookie: JSESSIONID=$sid" "$BASE$2" > /dev/null
  printf '%-12s %-34s %s\n' "$1" "$2" "$(wrk -t2 -c4 -d20s -H "Cookie: JSESSIONID=$sid" -s "$OUT/p95.lua" "$BASE$2" | tail -1)"
}

{
  echo "daily pages, $(date -u +%F), $(nproc) cores"
  measure bnt.vhxh /inbox
  measure bnt.ttpvhcc /inbox
  measure bnt.chutich /summary
  measure kh.snv /province
  measure bnt.vhxh /deadlines
  measure bnt.vhxh '/search?q=dang+ky'
} | tee "$OUT/daily-work.txt"
