#!/usr/bin/env bash
# Soak (not a test): the weighted mix of every main page (bench/mix.sh, as in load.sh) for SOAK_MIN minutes (30) on
# the packaged demo app with -Xmx512m, while a writer marks the standing agency's notifications read every 5 s (an
# accepted write: it moves the commune's page version, so the kept pages render again). Reports, minute by minute,
# throughput, p95, errors and the heap after each garbage collection (from the GC log), and the live heap after a
# full collection once warm and again at the end. Needs wrk and curl. Results: bench/results/soak.txt.
#   SKIP_PACKAGE=1 reuses target/cchc-*.jar (or JAR=path); CONN (connections, 100); BENCH_DATA=dir keeps the database;
#   SOAK_MIN (minutes, 30); WARM (seconds of warm-up before the first full collection, 60); DELAY_MS (each connection
#   waits this long before each request, 0: a cap on the rate, for a soak beside other work on the machine).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
CONN=${CONN:-100}
SOAK_MIN=${SOAK_MIN:-30}
WARM=${WARM:-60}
OUT=bench/results
mkdir -p "$OUT"
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -DskipTests package
JAR=${JAR:-$(ls target/cchc-*.jar | grep -v original | head -1)}
BASE="http://127.0.0.1:$PORT"
APP_LOG=$OUT/soak-app.log
GC_LOG=$OUT/soak-gc.log
APP_OPTS="-Xlog:gc:file=$GC_LOG:uptime"
source bench/mix.sh
{ cat "$OUT/load-mix.lua"; echo "delay = function() return ${DELAY_MS:-0} end"; } > "$OUT/soak-mix.lua"

# The live heap: a full collection, then the heap in use after it (MB).
live_heap() {
  jcmd "$APP" GC.run > /dev/null
  sleep 1
  grep 'Pause Full' "$GC_LOG" | tail -1 | sed -E 's/.*->([0-9]+)M.*/\1/'
}
# The heap after each collection logged since line $1 of the GC log: "min max count" (MB).
heap_after() {
  tail -n +"$1" "$GC_LOG" | grep -E 'Pause (Young|Mixed|Full)' | sed -E 's/.*->([0-9]+)M.*/\1/' \
    | awk 'NR == 1 {min = $1; max = $1} {if ($1 < min) min = $1; if ($1 > max) max = $1} END {print min + 0, max + 0, NR}'
}

# The writer: every 5 s a POST with the CSRF token of a fresh page; any answer but a redirect or 200 counts.
writer() {
  local token status ok=0 bad=0
  while [ -f "$OUT/soak.running" ]; do
    token=$(curl -s -b "JSESSIONID=$STAFF" "$BASE/notifications" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
      | sed 's/.*value="//;s/"//')
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$STAFF" -d "_csrf=$token" "$BASE/notifications/read")
    case $status in 200 | 302 | 303) ok=$((ok + 1)) ;; *) bad=$((bad + 1)) ;; esac
    echo "$ok $bad" > "$OUT/soak-writes.txt"
    sleep 5
  done
}

echo "warming up ($WARM s)..." >&2
wrk -t2 -c"$CONN" -d"${WARM}s" -s "$OUT/load-mix.lua" "$BASE/" > /dev/null
WARM_LIVE=$(live_heap)
{
  touch "$OUT/soak.running"
  writer &
  WRITER=$!
  echo "soak, $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx512m, $CONN connections, ${DELAY_MS:-0} ms between requests, $SOAK_MIN min"
  echo "live heap after a full collection once warm: $WARM_LIVE MB"
  echo
  echo "| minute | req/s | p95 | p99 | timeouts | errors | heap after GC, min–max | collections |"
  echo "|---|---|---|---|---|---|---|---|"
  for m in $(seq 1 "$SOAK_MIN"); do
    from=$(($(wc -l < "$GC_LOG") + 1))
    r=$(wrk -t2 -c"$CONN" -d60s --timeout 5s -s "$OUT/soak-mix.lua" "$BASE/" | tail -1)
    read -r hmin hmax n <<< "$(heap_after "$from")"
    echo "$r" | awk -v m="$m" -v h="$hmin–$hmax MB" -v n="$n" -F'\t' \
      '{printf "| %d | %.0f | %.0f ms | %.0f ms | %d | %d | %s | %d |\n", m, $3, $6, $7, $8, $9, h, n}'
  done
  rm -f "$OUT/soak.running"
  wait "$WRITER" || true
  read -r ok bad < "$OUT/soak-writes.txt"
  echo
  echo "writes (notifications marked read every 5 s): $ok accepted, $bad refused"
  echo "live heap after a full collection at the end: $(live_heap) MB"
  echo "errors or exceptions in the app log: $(grep -c -E 'ERROR|Exception' "$APP_LOG" || true)"
} | tee "$OUT/soak.txt"
