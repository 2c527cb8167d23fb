#!/usr/bin/env bash
# Backs up the cchc database with pg_dump (custom format) and the evidence file store, then checks the dump with
# pg_restore --list. Usage:
#   PGHOST=db.example PGUSER=cchc PGDATABASE=cchc PGPASSWORD=... ops/backup.sh /backups
#   (or SPRING_DATASOURCE_URL=jdbc:postgresql://host:port/db with SPRING_DATASOURCE_USERNAME/PASSWORD)
# CCHC_FILES_DIR (default ./data/files) is the evidence store; KEEP_DAYS (default 14) how long dumps are kept.
# pg_dump must be of the server's major version or newer (a 15 client cannot dump a 16 server): see docs/backup.md.
set -euo pipefail

dest=${1:?usage: ops/backup.sh DESTINATION_DIR}
files=${CCHC_FILES_DIR:-./data/files}
keep=${KEEP_DAYS:-14}

if [[ -n "${SPRING_DATASOURCE_URL:-}" ]]; then
  # jdbc:postgresql://host[:port]/database[?...]
  url=${SPRING_DATASOURCE_URL#jdbc:postgresql://}
  url=${url%%\?*}
  hostport=${url%%/*}
  export PGDATABASE=${url#*/}
  export PGHOST=${hostport%%:*}
  [[ "$hostport" == *:* ]] && export PGPORT=${hostport##*:}
  export PGUSER=${SPRING_DATASOURCE_USERNAME:-${PGUSER:-}}
  export PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-${PGPASSWORD:-}}
fi

server=$(psql -XAtc 'show server_version_num')
client=$(pg_dump --version | sed -E 's/.* ([0-9]+)\.([0-9]+).*/\1/')
if (( client < server / 10000 )); then
  echo "pg_dump $client cannot dump a PostgreSQL $((server / 10000)) server: install postgresql-client-$((server / 10000))" >&2
  exit 2
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$dest"
dump="$dest/cchc-$stamp.dump"
started=$(date +%s.%N)
# -Fc: compressed, restorable table by table and in parallel (pg_restore -j); --no-owner: restorable as another role
pg_dump -Fc --no-owner --file "$dump.part" 
mv "$dump.part" "$dump"
dumped=$(date +%s.%N)

# A dump that pg_restore cannot list is no backup: check its table of contents and that the key tables are in it.
toc=$(pg_restore --list "$dump")
for table in commune app_user dossier evidence_document flyway_schema_history; do
  grep -q "TABLE DATA public $table " <<<"$toc" || { echo "dump lacks table $table" >&2; exit 3; }
done

# Evidence files are content-addressed and never change: a copy only adds the new ones.
if [[ -d "$files" ]]; then
  mkdir -p "$dest/files"
  rsync -a --exclude tmp/ "$files/" "$dest/files/" 2>/dev/null || cp -an "$files/." "$dest/files/"
fi
ended=$(date +%s.%N)

find "$dest" -maxdepth 1 -name 'cchc-*.dump' -mtime +"$keep" -delete
printf 'backup %s: %s bytes, pg_dump %.1f s, total %.1f s, %s entries listed\n' "$dump" "$(stat -c %s "$dump")" \
  "$(echo "$dumped - $started" | bc)" "$(echo "$ended - $started" | bc)" "$(grep -c . <<<"$toc")"
