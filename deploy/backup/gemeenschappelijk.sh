# Shared by the backup and restore scripts in this folder; sourced, not run.
# shellcheck shell=bash

die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

# The PostgreSQL client programs: $PG_BIN when set, else Debian's PostgreSQL 15 binaries, else the PATH.
# pg_dump must be at least the server's major version.
pg_programma() {
    local naam=$1
    if [ -n "${PG_BIN:-}" ]; then
        [ -x "$PG_BIN/$naam" ] || die "$naam not found in PG_BIN=$PG_BIN"
        echo "$PG_BIN/$naam"
    elif [ -x "/usr/lib/postgresql/15/bin/$naam" ]; then
        echo "/usr/lib/postgresql/15/bin/$naam"
    else
        command -v "$naam" || die "$naam not found: install the PostgreSQL client (postgresql-client-15) or set PG_BIN"
    fi
}

sqlite_programma() {
    command -v sqlite3 || die "sqlite3 not found: install it (apt-get install sqlite3)"
}

# A SQLite file is a Besluitvorming database when it passes SQLite's integrity check and has the migrations history.
controleer_sqlite() {
    local bestand=$1 sqlite uitkomst
    sqlite=$(sqlite_programma)
    uitkomst=$("$sqlite" -bail "$bestand" "PRAGMA integrity_check;") || die "$bestand: cannot be read as a SQLite database"
    [ "$uitkomst" = "ok" ] || die "$bestand: integrity check failed: $uitkomst"
    "$sqlite" -bail "$bestand" "SELECT count(*) FROM \"__EFMigrationsHistory\";" >/dev/null 2>&1 \
        || die "$bestand: not a Besluitvorming database (no __EFMigrationsHistory table)"
}

# SQL string literal: single quotes doubled.
sql_tekst() { printf "'%s'" "${1//\'/\'\'}"; }
