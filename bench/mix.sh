# Sourced by load.sh and soak.sh (after PORT, OUT, JAR, BASE are set): starts the packaged demo app, logs in the
# standing agency and the province user, finds the biggest plan, writes the weighted mix of every main page
# (load-mix.txt, load-mix.lua) and the one-line report script (load-report.lua), and checks every page answers 200.
# APP_LOG names the app's log; APP_OPTS adds JVM options for this script's own needs (JAVA_OPTS stays the user's).
# BENCH_DATA keeps the database between runs (the first start, with its demo data, is then skipped).
DATA=${BENCH_DATA:-$(mktemp -d)}
APP=
trap '[ -z "$APP" ] || kill $APP 2>/dev/null; wait 2>/dev/null; [ -n "${BENCH_DATA:-}" ] || rm -rf "$DATA"' EXIT

# Starts the app and waits for its "cchc ready" line (start-up runners, demo data included, are done).
start_app() {
  CCHC_DATA_DIR="$DATA/postgres" CCHC_FILES_DIR="$DATA/files" java -Xmx512m ${APP_OPTS:-} ${JAVA_OPTS:-} -jar "$JAR" \
    --server.port="$PORT" > "$APP_LOG" 2>&1 &
  APP=$!
  until grep -q "cchc ready" "$APP_LOG"; do
    kill -0 "$APP" 2>/dev/null || { tail -20 "$APP_LOG" >&2; exit 1; }
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

