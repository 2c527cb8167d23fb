#!/usr/bin/env bash
# Benchmarks (not tests): cold start of the packaged demo app, resident memory, and the p95 latency of a plan
# page with 60 tasks under 20 concurrent users. Needs wrk (apt-get install wrk) and curl. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
DATA=$(mktemp -d)
OUT=bench/results
mkdir -p "$OUT"

./mvnw -q -DskipTests package
JAR=$(ls target/cchc-*.jar | grep -v original | head -1)

# Starts the app in the background (APP = its pid) and sets ELAPSED to the seconds until the first page is served.
start_app() {
  local t0 t1
  t0=$(date +%s.%N)
  CCHC_DATA_DIR="$DATA/postgres" CCHC_FILES_DIR="$DATA/files" java -Xmx512m -jar "$JAR" --server.port="$PORT" > "$OUT/app.log" 2>&1 &
  APP=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" 2>/dev/null | grep -q 200; do sleep 0.1; done
  t1=$(date +%s.%N)
  ELAPSED=$(echo "$t1 - $t0" | bc)
}

stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; }

echo "cold start, first run (empty data directory: initdb, migrations, demo data):"
start_app; echo "  ${ELAPSED}s"
RSS_IDLE=$(awk '/VmRSS/ {print $2}' /proc/$APP/status)
stop_app
LATER=()
for i in 1 2 3; do
  start_app; echo "cold start, later run $i: ${ELAPSED}s"; LATER+=("$ELAPSED"); [ "$i" = 3 ] || stop_app
done

# A plan with 60 tasks: the Bắc Nha Trang plan (51) plus 9 more added through the app itself.
JAR_COOKIES=$(mktemp)
login() {
  local token
  token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "username=bnt.vhxh&password=demo1234&_csrf=$token" "http://127.0.0.1:$PORT/login"
}
login
PLAN=$(curl -s -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/plans" | grep -o 'href="/plans/[0-9]*"' | head -1 | grep -o '[0-9]*')
LEAD=$(curl -s -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/plans/$PLAN/tasks/new" | grep -o '<option value="[0-9]*">Phòng Văn hóa' | grep -o '[0-9]*')
for n in 1 2 3 4 5 6 7 8 9; do
  token=$(curl -s -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/plans/$PLAN/tasks/new" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -b "$JAR_COOKIES" --data-urlencode "areaCode=VIII" --data-urlencode "code=VIII.B$n" \
    --data-urlencode "title=Nhiệm vụ đo hiệu năng $n" --data-urlencode "leadUnitId=$LEAD" \
    --data-urlencode "deadlinePhrase=Quý IV" --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/plans/$PLAN/tasks"
done
TASKS=$(curl -s -b "$JAR_COOKIES" "http://127.0.0.1:$PORT/plans/$PLAN" | grep -c 'id="task-[0-9]')
SESSION=$(awk '/JSESSIONID/ {print $7}' "$JAR_COOKIES")
echo "plan $PLAN has $TASKS tasks"

cat > "$OUT/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
LUA
wrk -t2 -c20 -d10s -H "Cookie: JSESSIONID=$SESSION" "http://127.0.0.1:$PORT/plans/$PLAN" > /dev/null   # warm-up
RESULT=$(wrk -t2 -c20 -d30s -H "Cookie: JSESSIONID=$SESSION" -s "$OUT/p95.lua" "http://127.0.0.1:$PORT/plans/$PLAN" | tail -1)
RSS_LOAD=$(awk '/VmRSS/ {print $2}' /proc/$APP/status)
PG_LOAD=$(ps -eo rss,comm | awk '$2 ~ /postgres/ {s+=$1} END {print s+0}')
stop_app
rm -rf "$DATA" "$JAR_COOKIES"

echo "plan page, 20 concurrent users, 30 s: $RESULT"
echo "JVM RSS idle after first start: $((RSS_IDLE / 1024)) MiB; after load: $((RSS_LOAD / 1024)) MiB; embedded PostgreSQL processes after load: $((PG_LOAD / 1024)) MiB"
echo "later starts: ${LATER[*]}"
