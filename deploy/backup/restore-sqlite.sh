#!/usr/bin/env bash
# Restores a backup made by backup-sqlite.sh to a new database file:
#
#   deploy/backup/restore-sqlite.sh /backup/besluitvorming-2026-06-10.db /var/lib/besluitvorming/besluitvorming.db
#
# Stop the app first (or point it at the new file afterwards: Database__ConnectionString="Data Source=..."). The
# target must not exist, nor its -wal/-shm files: move a damaged database aside instead of overwriting it. The backup
# is checked before it is copied; the copy gets its final name only when complete. Timers, outbox and sessions come
# back with it (the Quartz scheduler name is Jobs:SchedulerNaam, not the file's path). Exits non-zero on any error.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/gemeenschappelijk.sh"

if [ $# -ne 2 ]; then
    echo "usage: $(basename "$0") BACKUP_FILE NEW_DATABASE_FILE" >&2
    exit 2
fi
bron=$1
doel=$2
[ -f "$bron" ] || die "$bron: no such backup file"
for deel in "" -wal -shm -journal; do
    [ ! -e "$doel$deel" ] || die "$doel$deel already exists; move it aside or restore to another path"
done
controleer_sqlite "$bron"

mkdir -p "$(dirname "$doel")"
tijdelijk="$doel.onvolledig"
rm -f "$tijdelijk"
trap 'rm -f "$tijdelijk"' EXIT
cp "$bron" "$tijdelijk"
controleer_sqlite "$tijdelijk"
mv "$tijdelijk" "$doel"
trap - EXIT
echo "restored: $doel"
