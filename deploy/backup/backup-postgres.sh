#!/usr/bin/env bash
# Backup of a Besluitvorming PostgreSQL database with pg_dump's custom format, safe while the app runs:
#
#   PGHOST=db PGUSER=besluitvorming PGPASSWORD=... \
#     deploy/backup/backup-postgres.sh besluitvorming /backup/besluitvorming-$(date +%F).dump
#
# The server comes from the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass); DATABASE is a
# database name or a libpq connection string/URI. pg_dump reads one consistent snapshot while the app keeps working.
# The dump holds everything: data, attachments, outbox, Quartz timers (qrtz_*) and the Data Protection keys; guard it
# like the database. It is checked (readable by pg_restore, a Besluitvorming schema) before it gets its final name.
# Exits non-zero, and leaves no file behind, on any error; never overwrites a file. PG_BIN chooses the client
# programs (default /usr/lib/postgresql/15/bin); pg_dump must be at least the server's major version.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/gemeenschappelijk.sh"

if [ $# -ne 2 ]; then
    echo "usage: $(basename "$0") DATABASE BACKUP_FILE   (server from PGHOST, PGPORT, PGUSER, PGPASSWORD)" >&2
    exit 2
fi
database=$1
doel=$2
[ ! -e "$doel" ] || die "$doel already exists; choose a new name"
pg_dump=$(pg_programma pg_dump)
pg_restore=$(pg_programma pg_restore)

tijdelijk="$doel.onvolledig"
rm -f "$tijdelijk"
trap 'rm -f "$tijdelijk"' EXIT
"$pg_dump" --format=custom --no-password --file="$tijdelijk" --dbname="$database" || die "pg_dump failed"
inhoud=$("$pg_restore" --list "$tijdelijk") || die "pg_restore cannot read the dump"
grep -Eq ' TABLE [^ ]+ __EFMigrationsHistory ' <<<"$inhoud" \
    || die "$database is not a Besluitvorming database (no __EFMigrationsHistory table)"
mv "$tijdelijk" "$doel"
trap - EXIT
echo "backup written: $doel ($(stat -c %s "$doel") bytes)"
