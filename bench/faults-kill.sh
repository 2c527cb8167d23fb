#!/usr/bin/env bash
# Crash faults (not a test): kill -9 of the packaged demo app at random moments during evidence uploads and during
# bursts of PAR approvals (ApproveAndSend), then a restart and checks in SQL and on disk that nothing is half-written.
#   Uploads: every evidence row's file exists with its size and SHA-256, every file at a content address hashes to
#   its name (no partial file taken as valid), no temporary file survives the restart, and an upload the app
#   acknowledged (302) has its row.
#   Approvals: each assessment is wholly in its old state (IN_PROGRESS, version 0, no approver, no snapshot) or wholly
#   approved and sent (SUBMITTED, version 1, approver and time set, exactly one snapshot, version 1), and an approval
#   the app acknowledged is the latter.
# Needs curl, psql, sha256sum. Results: bench/results/faults-kill.txt (exit status 1 when a check failed).
#   N_UPLOAD (20), N_APPROVE (20) iterations (0 skips that part's kills); BURST (5) approvals per iteration; SIZE_MB (15) per upload;
#   SKIP_PACKAGE=1 reuses target/cchc-*.jar (or JAR=path).
set -uo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18190}
PGPORT=${PGPORT:-18191}
N_UPLOAD=${N_UPLOAD:-20}
N_APPROVE=${N_APPROVE:-20}
BURST=${BURST:-5}
SIZE_MB=${SIZE_MB:-15}
OUT=bench/results
mkdir -p "$OUT"
[ "${SKIP_PACKAGE:-0}" = 1 ] || ./mvnw -q -DskipTests package || exit 1
JAR=${JAR:-$(ls target/cchc-*.jar | grep -v original | head -1)}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
mkdir -p "$DATA/jtmp"
FILES="$DATA/files"
APP_LOG=$OUT/faults-app.log
APP=
trap '[ -z "$APP" ] || kill $APP 2>/dev/null; wait 2>/dev/null; stop_db; rm -rf "$DATA"' EXIT
source bench/session.sh

start_app() {
  : > "$APP_LOG"
  CCHC_DATA_DIR="$DATA/postgres" CCHC_FILES_DIR="$FILES" java -Xmx512m -Djava.io.tmpdir="$DATA/jtmp" -jar "$JAR" \
    --server.port="$PORT" --cchc.embedded-db.port="$PGPORT" > "$APP_LOG" 2>&1 &
  APP=$!
  until grep -q "cchc ready" "$APP_LOG"; do
    kill -0 "$APP" 2>/dev/null || { tail -20 "$APP_LOG" >&2; exit 1; }
    sleep 0.2
  done
}
crash_app() { kill -9 "$APP" 2>/dev/null; wait "$APP" 2>/dev/null; APP=; }
# A killed JVM leaves its embedded PostgreSQL running; the app's next start stops it (SIGTERM), as does this at exit.
stop_db() {
  local pid
  pid=$(head -1 "$DATA/postgres/postmaster.pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -qAtX -v ON_ERROR_STOP=1 "$@"; }
csrf() { curl -s -b "JSESSIONID=$1" "$BASE$2" | grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//;s/"$//'; }
millis() { date +%s%3N; }
FAILED=0
fail() { echo "  FAILED: $*"; FAILED=1; }

# A PDF by its magic bytes, unique per iteration (its own content address).
make_pdf() { { printf '%%PDF-1.4\n%% iteration %s\n' "$1"; head -c "$((SIZE_MB * 1024 * 1024))" /dev/urandom; printf '\n%%%%EOF\n'; } > "$2"; }

# Uploads $1 as bnt.vp; prints the HTTP status (000 when the connection died).
upload() {
  local sid token
  sid=$(session bnt.vp)
  token=$(csrf "$sid" /evidence)
  curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$sid" -F "_csrf=$token" -F "title=Minh chứng $2" \
    -F "file=@$1;type=application/pdf" "$BASE/evidence"
}

check_files() {
  local bad=0 rows=0 orphans=0 parts
  while IFS='|' read -r sha size; do
    rows=$((rows + 1))
    f="$FILES/${sha:0:2}/${sha:2:2}/$sha"
    if [ ! -f "$f" ]; then fail "row $sha: file missing"; bad=1; continue; fi
    [ "$(stat -c %s "$f")" = "$size" ] || { fail "row $sha: size $(stat -c %s "$f") != $size"; bad=1; }
    [ "$(sha256sum "$f" | cut -c1-64)" = "$sha" ] || { fail "row $sha: content does not match"; bad=1; }
  done < <(sql -c "select sha256, size_bytes from evidence_document")
  while read -r f; do
    name=$(basename "$f")
    [ "$(sha256sum "$f" | cut -c1-64)" = "$name" ] || { fail "stored file $name is partial or corrupt"; bad=1; }
    [ "$(sql -c "select count(*) from evidence_document where sha256 = '$name'")" != 0 ] || orphans=$((orphans + 1))
  done < <(find "$FILES" -mindepth 3 -type f -path "$FILES/[0-9a-f][0-9a-f]/*")
  parts=$(find "$FILES/tmp" -type f | wc -l)
  [ "$parts" = 0 ] || { fail "$parts temporary file(s) left after the restart"; bad=1; }
  echo "rows=$rows unreferenced=$orphans bad=$bad"
}

echo "faults-kill, $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1)" | tee "$OUT/faults-kill.txt"
echo "First start (demo data)..." >&2
start_app

# --- Uploads -------------------------------------------------------------------------------------------------------
PDF="$DATA/upload.pdf"
make_pdf 0 "$PDF"
t0=$(millis); code=$(upload "$PDF" 0); t1=$(millis)
SPAN=$((t1 - t0))
# The kill lands in the second half of the upload or up to half its time after: the transfer, then the staging,
# the move and the insert (the last ~0.2 s), then the answer.
echo "Uploads: ${SIZE_MB} MB PDF, uncut upload ${SPAN} ms (HTTP $code); kill -9 at a random moment in $((SPAN / 2))–$((SPAN * 3 / 2)) ms" | tee -a "$OUT/faults-kill.txt"
declare -A OUTCOME=()
for i in $(seq 1 "$N_UPLOAD"); do
  make_pdf "$i" "$PDF"
  sha=$(sha256sum "$PDF" | cut -c1-64)
  upload "$PDF" "$i" > "$DATA/code" &
  CURL=$!
  delay=$((SPAN / 2 + RANDOM % (SPAN + 1)))
  sleep "$(echo "$delay / 1000" | bc -l)"
  crash_app
  wait "$CURL"; code=$(cat "$DATA/code")
  parts=$(find "$FILES/tmp" -type f | wc -l)
  start_app
  row=$(sql -c "select count(*) from evidence_document where sha256 = '$sha'")
  stored=$([ -f "$FILES/${sha:0:2}/${sha:2:2}/$sha" ] && echo 1 || echo 0)
  [ "$code" != 302 ] || [ "$row" = 1 ] || fail "upload $i acknowledged (302) but has no row"
  case "$code/$row/$stored" in
    302/1/1) o="acknowledged, row and file" ;;
    000/1/1) o="cut after commit: row and file" ;;
    000/0/1) o="cut between file and row: unreferenced complete file" ;;
    000/0/0) o="cut before the file was placed: nothing kept" ;;
    *) o="HTTP $code, row $row, file $stored" ;;
  esac
  OUTCOME[$o]=$(( ${OUTCOME[$o]:-0} + 1 ))
  files=$(check_files)
  case "$files" in *FAILED*) FAILED=1 ;; esac
  printf '  upload %2d: kill at %4d ms, HTTP %s, temp files at the crash %d, row %s, file %s; %s\n' \
    "$i" "$delay" "$code" "$parts" "$row" "$stored" "$files" | tee -a "$OUT/faults-kill.txt"
done
for o in "${!OUTCOME[@]}"; do echo "  ${OUTCOME[$o]} × $o"; done | tee -a "$OUT/faults-kill.txt"

# --- Approvals -----------------------------------------------------------------------------------------------------
# Copies of An Nhơn Đông's sent assessment, every criterion accepted, back in progress under periods 2101, 2102, ...
TOTAL=$(( (N_APPROVE + 1) * BURST ))
sql <<SQL
do \$\$ declare src bigint; cols text; begin
  select a.id into src from assessment a join app_user u on u.commune_id = a.commune_id
    where u.username = 'and.chutich' and a.status = 'SUBMITTED' order by a.id limit 1;
  insert into assessment (commune_id, set_id, period_code, deadline, status, version)
    select commune_id, set_id, (2100 + n)::text, deadline, 'IN_PROGRESS', 0 from assessment, generate_series(1, $TOTAL) n
    where id = src;
  select string_agg(quote_ident(column_name), ', ') into cols from information_schema.columns
    where table_name = 'assessment_item' and column_name not in ('id', 'assessment_id');
  execute format('insert into assessment_item (assessment_id, %s) select a.id, %s from assessment a
    join assessment_item i on i.assessment_id = %s where a.commune_id = i.commune_id and a.period_code ~ ''^21[0-9]{2}$''',
    cols, (select string_agg('i.' || quote_ident(column_name), ', ') from information_schema.columns
           where table_name = 'assessment_item' and column_name not in ('id', 'assessment_id')), src);
end \$\$;
SQL
mapfile -t IDS < <(sql -c "select id from assessment where period_code ~ '^21[0-9]{2}$' order by period_code")
echo "Approvals: ${#IDS[@]} copies of a sent assessment ($(sql -c "select count(*) from assessment_item where assessment_id = ${IDS[0]}") criteria each), $BURST approved at once per iteration" | tee -a "$OUT/faults-kill.txt"

# Approves $BURST assessments from index $1 at once as and.chutich; each writes its HTTP status to $DATA/approve.N.
burst() {
  local sid token k
  sid=$(session and.chutich)
  token=$(csrf "$sid" "/parindex/assessments/${IDS[$1]}")
  local pids=()
  for k in $(seq 0 $((BURST - 1))); do
    curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$sid" -d "version=0&_csrf=$token" \
      "$BASE/parindex/assessments/${IDS[$(($1 + k))]}/approve" > "$DATA/approve.$k" &
    pids+=($!)
  done
  wait "${pids[@]}" # not a bare wait: that would wait for the app too
}
check_assessments() {
  sql -c "select a.id || ' ' || a.status || ' v' || a.version || ' approver:' || (a.approved_by is not null)
                 || ' sent:' || (a.submitted_at is not null) || ' snapshots:' || count(s.id) || ' ' || coalesce(min(s.version_no), 0)
          from assessment a left join assessment_snapshot s on s.assessment_id = a.id and s.commune_id = a.commune_id
          where a.period_code ~ '^21[0-9]{2}$' group by a.id, a.commune_id
          having not ((a.status = 'IN_PROGRESS' and a.version = 0 and a.approved_by is null and a.submitted_at is null
                       and count(s.id) = 0)
                   or (a.status = 'SUBMITTED' and a.version = 1 and a.approved_by is not null
                       and a.submitted_at is not null and count(s.id) = 1 and min(s.version_no) = 1))"
}
t0=$(millis); burst 0; t1=$(millis)
SPAN=$((t1 - t0))
echo "  uncut burst of $BURST: ${SPAN} ms, HTTP $(cat "$DATA"/approve.* | tr '\n' ' ' | tr -s ' ')(302 = approved); kill -9 at a random moment in 0–$SPAN ms" | tee -a "$OUT/faults-kill.txt"
declare -A AOUT=()
for i in $(seq 1 "$N_APPROVE"); do
  rm -f "$DATA"/approve.*
  burst $((i * BURST)) &
  B=$!
  delay=$((RANDOM % (SPAN + 1)))
  sleep "$(echo "$delay / 1000" | bc -l)"
  crash_app
  wait "$B"
  start_app
  done_n=0; acked=0
  for k in $(seq 0 $((BURST - 1))); do
    id=${IDS[$((i * BURST + k))]}
    st=$(sql -c "select status from assessment where id = $id")
    [ "$st" = SUBMITTED ] && done_n=$((done_n + 1))
    if [ "$(cat "$DATA/approve.$k" 2>/dev/null)" = 302 ]; then
      acked=$((acked + 1))
      [ "$st" = SUBMITTED ] || fail "approval of $id acknowledged but the assessment is $st"
    fi
  done
  broken=$(check_assessments)
  [ -z "$broken" ] || fail "half-written assessments: $broken"
  AOUT[$done_n]=$(( ${AOUT[$done_n]:-0} + 1 ))
  printf '  burst %2d: kill at %4d ms, %d of %d acknowledged, %d of %d approved and sent, %d half-written\n' \
    "$i" "$delay" "$acked" "$BURST" "$done_n" "$BURST" "$(printf '%s' "$broken" | grep -c .)" | tee -a "$OUT/faults-kill.txt"
done
for n in $(printf '%s\n' "${!AOUT[@]}" | sort -n); do echo "  ${AOUT[$n]} × $n of $BURST approved when killed"; done \
  | tee -a "$OUT/faults-kill.txt"
crash_app
[ "$FAILED" = 0 ] && echo "All checks passed." | tee -a "$OUT/faults-kill.txt" || echo "Some checks FAILED." | tee -a "$OUT/faults-kill.txt"
exit "$FAILED"
