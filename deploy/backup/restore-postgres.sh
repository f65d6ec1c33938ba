#!/usr/bin/env bash
# Restores a backup made by backup-postgres.sh into a NEW database on a PostgreSQL server:
#
#   PGHOST=db PGUSER=postgres PGPASSWORD=... \
#     deploy/backup/restore-postgres.sh /backup/besluitvorming-2026-06-10.dump besluitvorming_hersteld besluitvorming
#
# Creates NEW_DATABASE (it must not exist: a restore never overwrites a database) and restores the dump into it in one
# transaction, so it is either complete or, after an error, dropped again. Objects are owned by OWNER when given
# (the app's role; the connecting user must be allowed to SET ROLE to it), else by the connecting user; the dump's
# own owners and grants are not replayed, so it restores on another server too. Then point the app at it
# (Database__ConnectionString=...;Database=NEW_DATABASE) and start it: timers, outbox and sessions come back (the Quartz
# scheduler name is Jobs:SchedulerNaam, not the database's name). Exits non-zero on any error.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/gemeenschappelijk.sh"

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $(basename "$0") BACKUP_FILE NEW_DATABASE [OWNER]   (server from PGHOST, PGPORT, PGUSER, PGPASSWORD)" >&2
    exit 2
fi
bron=$1
database=$2
eigenaar=${3:-}
[ -f "$bron" ] || die "$bron: no such backup file"
createdb=$(pg_programma createdb)
dropdb=$(pg_programma dropdb)
pg_restore=$(pg_programma pg_restore)
"$pg_restore" --list "$bron" >/dev/null || die "$bron: not a pg_dump custom-format backup"

"$createdb" --no-password --template=template0 --encoding=UTF8 ${eigenaar:+--owner="$eigenaar"} "$database" \
    || die "could not create database $database (does it exist already?)"
trap '"$dropdb" --no-password --if-exists "$database" || true' EXIT
"$pg_restore" --no-password --exit-on-error --single-transaction --no-owner --no-privileges \
    ${eigenaar:+--role="$eigenaar"} --dbname="$database" "$bron" \
    || die "pg_restore failed; database $database removed again"
trap - EXIT
echo "restored into database $database"
