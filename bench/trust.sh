#!/usr/bin/env bash
# Benchmark (not a test): what the trust layer of issue 11 costs per request. Builds the packaged jar of this tree
# and of a baseline commit (default: the one before issue 11), starts each in turn on fresh demo data, warms the JIT
# for 60 s, then measures with wrk (2 threads, 10 connections, 30 s) a light page (notifications) and the plan page
# (51 tasks), logged in as the standing agency; then times 20 logins refused by the account lock.
# Needs wrk and curl (apt-get install wrk). Loopback only. ORDER="current base" runs the jars the other way round.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_REF=${BASE_REF:-44a1015}
PORT=${PORT:-18081}
OUT=bench/results
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; git worktree remove --force "$WORK/base-src" 2>/dev/null || true' EXIT

./mvnw -q -o -DskipTests package
cp "$(ls target/cchc-*.jar | grep -v original | head -1)" "$WORK/current.jar"
git worktree add -q "$WORK/base-src" "$BASE_REF"
(cd "$WORK/base-src" && ./mvnw -q -o -DskipTests package && cp "$(ls target/cchc-*.jar | grep -v original | head -1)" "$WORK/base.jar")

cat > "$OUT/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d rps=%.1f p50=%.2fms p95=%.2fms p99=%.2fms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
LUA

measure() { # $1 = label, $2 = jar
  local data="$WORK/data-$1" cookies="$WORK/cookies-$1" token plan session t0 t1
  CCHC_DATA_DIR="$data/postgres" CCHC_FILES_DIR="$data/files" java -Xmx512m -jar "$2" --server.port="$PORT" \
    > "$OUT/trust-$1.log" 2>&1 &
  local app=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" 2>/dev/null | grep -q 200; do sleep 0.2; done
  token=$(curl -s -c "$cookies" -b "$cookies" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$cookies" -b "$cookies" -d "username=bnt.vhxh&password=demo1234&_csrf=$token" "http://127.0.0.1:$PORT/login"
  plan=$(curl -s -b "$cookies" "http://127.0.0.1:$PORT/plans" | grep -o 'href="/plans/[0-9]*"' | head -1 | grep -o '[0-9]*')
  session=$(awk '/JSESSIONID/ {print $7}' "$cookies")
  wrk -t2 -c10 -d30s -H "Cookie: JSESSIONID=$session" "http://127.0.0.1:$PORT/notifications" > /dev/null
  wrk -t2 -c10 -d30s -H "Cookie: JSESSIONID=$session" "http://127.0.0.1:$PORT/plans/$plan" > /dev/null
  echo "$1 notifications: $(wrk -t2 -c10 -d30s -H "Cookie: JSESSIONID=$session" -s "$OUT/p95.lua" "http://127.0.0.1:$PORT/notifications" | tail -1)"
  echo "$1 plan page:     $(wrk -t2 -c10 -d30s -H "Cookie: JSESSIONID=$session" -s "$OUT/p95.lua" "http://127.0.0.1:$PORT/plans/$plan" | tail -1)"
  # Wrong passwords for one account: the first five are checked (BCrypt), the rest refused by the lock.
  t0=$(date +%s%N)
  for i in $(seq 1 25); do
    token=$(curl -s -c "$cookies.x" -b "$cookies.x" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -c "$cookies.x" -b "$cookies.x" -d "username=bnt.xem&password=sai$i&_csrf=$token" "http://127.0.0.1:$PORT/login"
  done
  t1=$(date +%s%N)
  echo "$1 25 wrong logins (page + post each): $(( (t1 - t0) / 25000000 )) ms per attempt"
  kill "$app"; wait "$app" 2>/dev/null || true
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
# The order is a setting: the second jar to run tends to meet a warmer (or busier) machine, so compare both orders.
for jar in ${ORDER:-base current}; do
  measure "$jar" "$WORK/$jar.jar"
done
