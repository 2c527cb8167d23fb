#!/usr/bin/env bash
# Benchmark (not a test) of issue 17's public dossier lookup on the packaged demo app: 20,000 dossiers with phone
# numbers and check codes (bench/LookupLoad.java generate) are imported into Phường Bắc Nha Trang as bnt.ttpvhcc,
# then 200 clients in a closed loop post lookups (80% the right factor, 10% a wrong one, 10% an unknown code),
# warmed 60 s, measured 60 s: lookups/s, p50/p95/p99 and the count per status. Every lookup comes from 127.0.0.1,
# so the per-address and per-code limits are raised for the run. Needs curl. SKIP_PACKAGE=1 reuses the jar.
# JAVA_OPTS adds JVM options (e.g. a JFR recording). Results: bench/results/lookup.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
COUNT=${COUNT:-20000}
CLIENTS=${CLIENTS:-200}
SECONDS_RUN=${SECONDS_RUN:-60}
WARM=${WARM:-60}
COMMUNE=99001 # Phường Bắc Nha Trang, the demo ward
DATA=$(mktemp -d)
OUT=bench/results
mkdir -p "$OUT"
JAR=$(ls target/cchc-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ] && [ "${SKIP_PACKAGE:-0}" != 1 ]; then
  ./mvnw -q -DskipTests package
  JAR=$(ls target/cchc-*.jar | grep -v original | head -1)
fi
[ -n "$JAR" ] || { echo "no jar in target/: run ./mvnw -DskipTests package" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"

CCHC_DATA_DIR="$DATA/postgres" CCHC_FILES_DIR="$DATA/files" java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
  --cchc.public.lookup.per-address=1000000000 --cchc.public.lookup.failures-per-code=1000000000 \
  > "$OUT/lookup-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -s -o /dev/null -w '%{http_code}' "$BASE/login" 2>/dev/null | grep -q 200; do sleep 0.5; done

jar="$DATA/cookies"
login() {
  local token
  : > "$jar" # a fresh session each time: the demo users may not exist yet on the first tries
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | { grep -o 'name="_csrf" value="[^"]*"' || true; } | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=bnt.ttpvhcc&password=demo1234&_csrf=$token" "$BASE/login"
}
# The demo ledger loads after the server answers, and only into a commune without imports: wait for its import to
# be done before adding ours (at most 10 minutes).
ready=""
for _ in $(seq 1 300); do
  login
  if curl -s -b "$jar" "$BASE/dossiers/imports" | grep -q 'du-lieu-minh-hoa.csv'; then
    page=$(curl -s -b "$jar" "$BASE/dossiers/imports")
    if ! echo "$page" | grep -q 'Đang nhập\|Đang chờ'; then ready=1; break; fi
  fi
  sleep 2
done
[ -n "$ready" ] || { echo "the demo ledger was not loaded after 10 minutes" >&2; exit 1; }

java bench/LookupLoad.java generate "$DATA/lookup.csv" "$COUNT"
csrf=$(curl -s -b "$jar" "$BASE/dossiers/imports" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"//')
answer=$(curl -s -b "$jar" -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/octet-stream' \
  -H 'X-File-Name: tra-cuu-bench.csv' --data-binary "@$DATA/lookup.csv" "$BASE/dossiers/imports")
job=$(echo "$answer" | grep -o '"id":[0-9]*' | grep -o '[0-9]*')
[ -n "$job" ] || { echo "import refused: $answer" >&2; exit 1; }
for _ in $(seq 1 600); do
  status=$(curl -s -b "$jar" "$BASE/dossiers/imports/$job/status")
  echo "$status" | grep -q 'Đã nhập xong' && break
  echo "$status" | grep -q 'Bị từ chối\|Không nhập được' && { echo "import $job failed" >&2; exit 1; }
  sleep 1
done
echo "$status" | grep -q 'Đã nhập xong' || { echo "import $job not done after 10 minutes" >&2; exit 1; }

{
  echo "public dossier lookup, $(date -u +%F), $(nproc) cores, $COUNT dossiers imported, $CLIENTS clients closed loop"
  java bench/LookupLoad.java run "$BASE" "$COMMUNE" "$COUNT" "$CLIENTS" "$WARM" > /dev/null
  java bench/LookupLoad.java run "$BASE" "$COMMUNE" "$COUNT" "$CLIENTS" "$SECONDS_RUN"
} | tee "$OUT/lookup.txt"
