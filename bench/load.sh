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
APP_LOG=$OUT/load-app.log
source bench/mix.sh

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
