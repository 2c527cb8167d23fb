#!/usr/bin/env bash
# Mixed load on the packaged demo app (not a test): every main page, one at a time and as a weighted mix, with
# wrk at 100 connections on loopback (wrk shares the machine's cores with the app and its database). The app runs
# with -Xmx512m on its demo data, first for a minute right after a restart (the JIT still cold), then warmed.
# Needs wrk and curl (apt-get install wrk curl). About 12 minutes on 2 vCPUs. Results: bench/results/load.txt.
#   SKIP_PACKAGE=1 reuses target/cchc-*.jar (or JAR=path); DUR (seconds per measure, 20), CONN (connections, 100),
#   PAGES="/inbox /progress" measures only those (and skips the first minute and the mix),
#   BENCH_DATA=dir keeps the demo database there between runs; JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=delay=90s,duration=60s,filename=/tmp/load.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
DUR=${DUR:-20}
CONN=${CONN:-100}
OUT=bench/results
mkdir -p "$OUT"
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -DskipTests package
JAR=${JAR:-$(ls target/cchc-*.jar | grep -v original | head -1)}
BASE="http://127.0.0.1:$PORT"
# BENCH_DATA keeps the database between runs (the first start, with its demo data, is then skipped).
DATA=${BENCH_DATA:-$(mktemp -d)}
APP=
trap '[ -z "$APP" ] || kill $APP 2>/dev/null; wait 2>/dev/null; [ -n "${BENCH_DATA:-}" ] || rm -rf "$DATA"' EXIT

# Starts the app and waits for its "cchc ready" line (start-up runners, demo data included, are done).
start_app() {
  CCHC_DATA_DIR="$DATA/postgres" CCHC_FILES_DIR="$DATA/files" java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" \
    --server.port="$PORT" > "$OUT/load-app.log" 2>&1 &
  APP=$!
  until grep -q "cchc ready" "$OUT/load-app.log"; do
    kill -0 "$APP" 2>/dev/null || { tail -20 "$OUT/load-app.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; }

source bench/session.sh
first_match() { curl -s -b "JSESSIONID=$1" "$BASE$2" | grep -o "$3" | head -1; }

cat > "$OUT/load-report.lua" <<'LUA'
-- One line of figures; "size" is the mean body+headers per request, so a redirect to the login page shows.
done = function(summary, latency, requests)
  local n = summary.requests
  io.write(string.format("%d\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\n", n, summary.bytes / math.max(n, 1),
    n / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.timeout,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write))
end
LUA
{ cat "$OUT/load-report.lua"; cat <<'LUA'
-- Weighted mix: each line of load-mix.txt is "weight session path"; every thread walks its own shuffled deck.
local threads = 0
setup = function(thread) threads = threads + 1; thread:set("seed", threads) end
local deck = {}
init = function(args)
  for line in io.lines("bench/results/load-mix.txt") do
    local w, sid, path = line:match("^(%d+) (%S+) (%S+)$")
    for _ = 1, tonumber(w) do deck[#deck + 1] = wrk.format("GET", path, { Cookie = "JSESSIONID=" .. sid }) end
  end
  math.randomseed(os.time() * 31 + seed)
  for i = #deck, 2, -1 do local j = math.random(i); deck[i], deck[j] = deck[j], deck[i] end
end
local i = 0
request = function() i = i % #deck + 1; return deck[i] end
LUA
} > "$OUT/load-mix.lua"

# run LABEL SECONDS [wrk args...]: prints one table row (a later -s replaces the report script with the mix,
# which carries the same report).
run() {
  local label=$1 secs=$2; shift 2
  local r
  r=$(wrk -t2 -c"$CONN" -d"${secs}s" --timeout 5s -s "$OUT/load-report.lua" "$@" | tail -1)
  echo "$r" | awk -v l="$label" -F'\t' '{printf "| %s | %.0f KB | %.0f | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d | %d |\n",
    l, $2 / 1024, $3, $4, $5, $6, $7, $8, $9}'
}
page() { run "\`$2\`" "$DUR" -H "Cookie: JSESSIONID=$1" "$BASE$2"; }
mix() { run "$1" "$2" -s "$OUT/load-mix.lua" "$BASE/"; }
header() { echo "| $1 | size | req/s | p50 | p90 | p95 | p99 | timeouts | errors |"; echo "|---|---|---|---|---|---|---|---|---|"; }

if [ ! -d "$DATA/postgres" ]; then
  echo "first start (initdb, migrations, demo data)..." >&2
  start_app; stop_app
fi
echo "restart..." >&2
start_app
STAFF=$(session bnt.vhxh)
PROVINCE=$(session kh.snv)
# The first listed plan (this year's) with the most tasks, one of its tasks, its nine-month report.
PLAN=; MOST=-1
for p in $(curl -s -b "JSESSIONID=$STAFF" "$BASE/plans" | grep -o 'href="/plans/[0-9]*"' | grep -o '[0-9]*'); do
  n=$(curl -s -b "JSESSIONID=$STAFF" "$BASE/plans/$p" | grep -c 'href="/tasks/[0-9]*"' || true)
  [ "$n" -le "$MOST" ] || { PLAN=$p; MOST=$n; }
done
TASK=$(first_match "$STAFF" "/plans/$PLAN" 'href="/tasks/[0-9]*"' | grep -o '[0-9]*')
ASSESSMENT=$(first_match "$STAFF" /parindex 'href="/parindex/assessments/[0-9]*"' | grep -o '[0-9]*')
REPORT=/documents/periodic/$PLAN/QUARTER_3
echo "plan $PLAN ($MOST tasks), task $TASK, assessment $ASSESSMENT" >&2
# weight, user, path: a guessed day of the standing agency and the departments (most reads are the inbox,
# one's own tasks and the plan); the province ranking is the province user's.
cat > "$OUT/load-mix.txt" <<MIX
20 $STAFF /inbox
15 $STAFF /progress/my
10 $STAFF /tasks/$TASK
10 $STAFF /plans/$PLAN
10 $STAFF /progress
8 $STAFF /overview
6 $STAFF /dossiers
6 $STAFF /dossiers/list
5 $STAFF /deadlines
3 $STAFF /parindex
3 $STAFF /parindex/assessments/$ASSESSMENT
2 $STAFF /parindex/forecast
1 $STAFF $REPORT
1 $PROVINCE /parindex/province
MIX
while read -r _ sid path; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$sid" "$BASE$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
done < "$OUT/load-mix.txt"

{
  echo "load, $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1), $CONN connections, wrk -t2 on the same cores"
  if [ -z "${PAGES:-}" ]; then
    echo; echo "First minute after the restart (the JIT still cold):"; header mix
    mix "weighted mix, 0–60 s after ready" 60
    echo; echo "Warming up (60 s of the mix)..." >&2
    wrk -t2 -c"$CONN" -d60s -s "$OUT/load-mix.lua" "$BASE/" > /dev/null
  fi
  echo; echo "Warm, each page alone (5 s warm-up, then ${DUR} s):"; header page
  while read -r _ sid path; do
    case " ${PAGES:-$path} " in *" $path "*) ;; *) continue ;; esac
    wrk -t2 -c"$CONN" -d5s -H "Cookie: JSESSIONID=$sid" "$BASE$path" > /dev/null
    page "$sid" "$path"
  done < "$OUT/load-mix.txt"
  [ -n "${PAGES:-}" ] || { echo; header mix; mix "weighted mix" "$DUR"; }
} | tee "$OUT/load.txt"
