#!/usr/bin/env bash
# Online backup of a Besluitvorming SQLite database, safe while the app runs:
#
#   deploy/backup/backup-sqlite.sh /var/lib/besluitvorming/besluitvorming.db /backup/besluitvorming-$(date +%F).db
#
# SQLite's VACUUM INTO writes one consistent, compacted copy (a read transaction: the app keeps writing meanwhile;
# the WAL is included). The copy is checked (integrity, migrations history) before it gets its final name, so a file
# with that name is always a complete backup. It holds everything: data, attachments, outbox, Quartz timers and the
# Data Protection keys. Exits non-zero, and leaves no file behind, on any error; never overwrites a file.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/gemeenschappelijk.sh"

if [ $# -ne 2 ]; then
    echo "usage: $(basename "$0") DATABASE_FILE BACKUP_FILE" >&2
    exit 2
fi
bron=$1
doel=$2
[ -f "$bron" ] || die "$bron: no such database file"
[ ! -e "$doel" ] || die "$doel already exists; choose a new name"
sqlite=$(sqlite_programma)

tijdelijk="$doel.onvolledig"
rm -f "$tijdelijk"
trap 'rm -f "$tijdelijk"' EXIT
# Wait up to 30 s for a writer holding the lock, as the app itself does.
"$sqlite" -bail "$bron" ".timeout 30000" "VACUUM INTO $(sql_tekst "$tijdelijk");" \
    || die "VACUUM INTO failed for $bron"
controleer_sqlite "$tijdelijk"
mv "$tijdelijk" "$doel"
trap - EXIT
echo "backup written: $doel ($(stat -c %s "$doel") bytes)"
