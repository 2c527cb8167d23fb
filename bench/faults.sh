#!/usr/bin/env bash
# kill -9 of the app in the middle of a write (issue 20, docs/instances.md): an evidence upload (an 8 MB PDF) and a PAR
# self-assessment's approval (parindex ApproveAndSend), ITER times each, the kill at a random moment within the
# request's normal duration. After each kill the app starts again on the same data and the script checks that
# nothing is half-written:
#   evidence: every evidence row's file exists at its address with that SHA-256; an unfinished upload is at most a
#             .part file under tmp/ (never at an address, so never served);
#   approval: the assessment is either approved and sent in full (status SUBMITTED, approver, time, snapshot 1) or
#             not at all (IN_PROGRESS, no approver, no time, no snapshot).
# The demo's An Nhơn Đông first-half assessment (sent by the demo data) is put back to "all accepted, not sent" with
# SQL before each approval. Needs curl and psql. Results: bench/results/faults.txt. Hold the build lock:
#   flock /tmp/cchc-build.lock bench/faults.sh      (SKIP_PACKAGE=1 reuses target/cchc-*.jar; ITER, 5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
DBPORT=${DBPORT:-15491}
ITER=${ITER:-5}
OUT=bench/results
mkdir -p "$OUT"
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -DskipTests package
JAR=${JAR:-$(ls target/cchc-*.jar | grep -v original | head -1)}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
APP=
LOG="$OUT/faults-app.log"
: > "$LOG"
trap '[ -z "$APP" ] || kill $APP 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

start_app() {
  local from
  from=$(grep -c "cchc ready" "$LOG" || true)
  CCHC_DATA_DIR="$DATA/postgres" CCHC_FILES_DIR="$DATA/files" java -Xmx512m -jar "$JAR" --server.port="$PORT" \
    --cchc.embedded-db.port="$DBPORT" --cchc.reminders.enabled=false >> "$LOG" 2>&1 &
  APP=$!
  until [ "$(grep -c "cchc ready" "$LOG" || true)" -gt "$from" ]; do
    kill -0 "$APP" 2>/dev/null || { tail -20 "$LOG" >&2; exit 1; }
    sleep 0.2
  done
}
kill_app() { kill -9 "$APP"; wait "$APP" 2>/dev/null || true; APP=; }
sql() { psql -h 127.0.0.1 -p "$DBPORT" -U postgres -d postgres -Atqc "$1"; }
source bench/session.sh
token() { curl -s -b "JSESSIONID=$1" "$BASE$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
ms() { date +%s%3N; }

# Every evidence row's file at its address with its checksum; prints "rows bad parts".
check_evidence() {
  local rows=0 bad=0 sha f
  while read -r sha; do
    [ -n "$sha" ] || continue
    rows=$((rows + 1))
    f="$DATA/files/${sha:0:2}/${sha:2:2}/$sha"
    if [ ! -f "$f" ] || [ "$(sha256sum "$f" | cut -c1-64)" != "$sha" ]; then bad=$((bad + 1)); fi
  done < <(sql "select sha256 from evidence_document")
  echo "$rows $bad $(find "$DATA/files/tmp" -name '*.part' 2>/dev/null | wc -l)"
}

upload() { # session token title file
  curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$1" -F "_csrf=$2" -F "title=$3" -F "kind=KHAC" \
    -F "file=@$4;type=application/pdf;filename=$3.pdf" "$BASE/evidence" || true
}

new_pdf() { { printf '%%PDF-1.4\n'; head -c 8000000 /dev/urandom; printf '\n%%%%EOF\n'; } > "$1"; }

ASSESSMENT=
reset_assessment() {
  sql "alter table assessment_snapshot disable trigger user; delete from assessment_snapshot where assessment_id = $ASSESSMENT;
       alter table assessment_snapshot enable trigger user;
       update assessment set status = 'IN_PROGRESS', approved_by = null, submitted_at = null where id = $ASSESSMENT;" > /dev/null
}
approval_state() {
  sql "select status || ' ' || (approved_by is not null) || ' ' || (submitted_at is not null) || ' ' ||
              (select count(*) from assessment_snapshot s where s.assessment_id = a.id)
       from assessment a where id = $ASSESSMENT"
}
approve() { # session token version
  curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$1" -d "_csrf=$2&version=$3" \
    "$BASE/parindex/assessments/$ASSESSMENT/approve" || true
}
version() { sql "select version from assessment where id = $ASSESSMENT"; }
pause_ms() { sleep "$(awk "BEGIN {print $1 / 1000}")"; }

{
echo "# bench/faults.sh $(date -u +%FT%TZ), $ITER kills each, jar $(basename "$JAR")"
start_app
ASSESSMENT=$(sql "select id from assessment where status = 'SUBMITTED' and finalised_at is null order by id limit 1")

# normal durations, to aim the kills inside the request
new_pdf "$DATA/up.pdf"
s=$(session and.vhxh); t=$(token "$s" /evidence)
t0=$(ms); code=$(upload "$s" "$t" "mau-0" "$DATA/up.pdf"); up_ms=$(( $(ms) - t0 ))
echo "evidence upload without a kill: HTTP $code in $up_ms ms; evidence rows/bad/parts: $(check_evidence)"
reset_assessment
s=$(session and.chutich); t=$(token "$s" "/parindex/assessments/$ASSESSMENT"); v=$(version)
t0=$(ms); code=$(approve "$s" "$t" "$v"); ap_ms=$(( $(ms) - t0 ))
echo "approval without a kill: HTTP $code in $ap_ms ms; state: $(approval_state)"

for i in $(seq 1 "$ITER"); do
  new_pdf "$DATA/up.pdf"
  s=$(session and.vhxh); t=$(token "$s" /evidence)
  delay=$(( RANDOM % (up_ms + 1) ))
  upload "$s" "$t" "kill-$i" "$DATA/up.pdf" > /dev/null & CURL=$!
  pause_ms "$delay"
  kill_app; wait $CURL 2>/dev/null || true
  start_app
  kept=$(sql "select count(*) from evidence_document where title = 'kill-$i'")
  echo "upload kill $i after $delay ms: recorded=$kept; evidence rows/bad/parts after restart: $(check_evidence)"
done
s=$(session and.vhxh); code=$(upload "$s" "$(token "$s" /evidence)" "after-kills" "$DATA/up.pdf")
echo "upload after the kills: HTTP $code; evidence rows/bad/parts: $(check_evidence)"

for i in $(seq 1 "$ITER"); do
  reset_assessment
  s=$(session and.chutich); t=$(token "$s" "/parindex/assessments/$ASSESSMENT"); v=$(version)
  delay=$(( RANDOM % (ap_ms + 1) ))
  approve "$s" "$t" "$v" > /dev/null & CURL=$!
  pause_ms "$delay"
  kill_app; wait $CURL 2>/dev/null || true
  start_app
  echo "approval kill $i after $delay ms: state after restart (status approver time snapshots): $(approval_state)"
done
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=
} | tee "$OUT/faults.txt"
