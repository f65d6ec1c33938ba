#!/usr/bin/env bash
# The one command that prepares this machine for the tests and runs all of them.
#
#   ./test.sh                      # install what is missing, run every test
#   ./test.sh --filter Voorstel    # extra arguments go straight to `dotnet test`
#
# A full run (no arguments) also runs deploy/cluster-test.sh (two instances behind nginx; counted as one test);
# BESLUITVORMING_CLUSTER_TEST=0 skips it, =1 runs it with arguments too.
#
# Idempotent: installs only what is missing. Ends with a line "N passed, N failed"
# (", N skipped" is appended when tests were skipped), computed from the TRX files in
# artifacts/test-results/. Exits non-zero when a test failed, when `dotnet test`
# failed, or when no test was executed.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
cd "$ROOT"

SOLUTION="Besluitvorming.sln"
CONFIGURATION="Debug"
RESULTS_DIR="$ROOT/artifacts/test-results"

PG_BIN="/usr/lib/postgresql/15/bin"
PG_PORT="${BESLUITVORMING_TEST_PG_PORT:-55432}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------
# Cleanup: every start_* function registers its own stop step here; they run
# in reverse order when the script exits (normally, on error, or on Ctrl-C).
# ---------------------------------------------------------------------------
CLEANUP_STEPS=()
on_exit() {
    local i
    for ((i = ${#CLEANUP_STEPS[@]} - 1; i >= 0; i--)); do
        "${CLEANUP_STEPS[i]}" || true
    done
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "need root (or sudo) to run: $*"
    fi
}

# ---------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
    local aptlog
    aptlog="$(mktemp)"
    log "apt-get install $*"
    if [ "$APT_UPDATED" -eq 0 ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -qq update >"$aptlog" 2>&1 \
            || { cat "$aptlog" >&2; rm -f "$aptlog"; die "apt-get update failed"; }
        APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -qq -y install "$@" >"$aptlog" 2>&1 \
        || { cat "$aptlog" >&2; rm -f "$aptlog"; die "apt-get install $* failed"; }
    rm -f "$aptlog"
}

# Browser tests (Microsoft.Playwright) drive Debian's chromium via
# ExecutablePath=/usr/bin/chromium; Playwright's own browser download is never used.
ensure_chromium() {
    [ -x /usr/bin/chromium ] || apt_install chromium
}

ensure_postgres_binaries() {
    [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] || apt_install postgresql-15
}

# The backup scripts in deploy/backup, which the tests run, use the sqlite3 shell for SQLite's online backup.
ensure_sqlite3() {
    command -v sqlite3 >/dev/null 2>&1 || apt_install sqlite3
}

# ---------------------------------------------------------------------------
# Throwaway PostgreSQL cluster (trust auth, 127.0.0.1:$PG_PORT), removed on exit.
# Exports BESLUITVORMING_TEST_POSTGRES for tests that need a real database.
# ---------------------------------------------------------------------------
PGDATA_DIR=""
pg_run() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    ensure_postgres_binaries
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 1 >/dev/null 2>&1; then
        die "port $PG_PORT is already in use (another test run?); set BESLUITVORMING_TEST_PG_PORT to use a different port"
    fi

    log "starting throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
    PGDATA_DIR="$(mktemp -d)"
    CLEANUP_STEPS+=(stop_postgres)
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PGDATA_DIR"; fi

    pg_run "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$PGDATA_DIR.initdb.log" 2>&1 \
        || { cat "$PGDATA_DIR.initdb.log" >&2; die "initdb failed"; }
    rm -f "$PGDATA_DIR.initdb.log"

    pg_run "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -w -s -l "$PGDATA_DIR/server.log" \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PGDATA_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500" \
        start \
        || { cat "$PGDATA_DIR/server.log" >&2 || true; die "PostgreSQL did not start"; }

    export BESLUITVORMING_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
}

stop_postgres() {
    [ -n "$PGDATA_DIR" ] || return 0
    if [ -f "$PGDATA_DIR/postmaster.pid" ]; then
        pg_run "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -s -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PGDATA_DIR" "$PGDATA_DIR.initdb.log"
    PGDATA_DIR=""
}

# ---------------------------------------------------------------------------
# maildev SMTP server with a REST API, pinned in tests/tools/package.json (+ lock),
# installed into tests/tools/node_modules (git-ignored) together with axe-core. Exports for the mail tests:
#   BESLUITVORMING_TEST_SMTP_HOST / _SMTP_PORT   the SMTP server
#   BESLUITVORMING_TEST_MAILDEV_API              its REST API (GET /api/email)
#   BESLUITVORMING_TEST_MAILDEV_BIN              the binary, for tests that stop and start a server of their own
#   BESLUITVORMING_TEST_AXE                      axe-core's axe.min.js, injected by the browser tests
# Ports: BESLUITVORMING_TEST_SMTP_PORT (default 1025), BESLUITVORMING_TEST_MAILDEV_WEB_PORT (default 1080).
# ---------------------------------------------------------------------------
MAILDEV_DIR="$ROOT/tests/tools"
MAILDEV_BIN="$MAILDEV_DIR/node_modules/.bin/maildev"
MAILDEV_SMTP_PORT="${BESLUITVORMING_TEST_SMTP_PORT:-1025}"
MAILDEV_WEB_PORT="${BESLUITVORMING_TEST_MAILDEV_WEB_PORT:-1080}"
MAILDEV_PID=""
MAILDEV_LOG=""

# axe-core (pinned in the same package.json) is what the browser tests inject to check WCAG 2.1 A/AA.
AXE_JS="$MAILDEV_DIR/node_modules/axe-core/axe.min.js"

ensure_maildev() {
    if [ -x "$MAILDEV_BIN" ] && [ -f "$AXE_JS" ]; then export BESLUITVORMING_TEST_AXE="$AXE_JS"; return 0; fi
    command -v npm >/dev/null 2>&1 || apt_install nodejs npm
    log "npm ci (maildev, axe-core) in tests/tools"
    (cd "$MAILDEV_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci in tests/tools failed"
    [ -x "$MAILDEV_BIN" ] || die "maildev not found at $MAILDEV_BIN after npm ci"
    [ -f "$AXE_JS" ] || die "axe-core not found at $AXE_JS after npm ci"
    export BESLUITVORMING_TEST_AXE="$AXE_JS"
}

start_maildev() {
    ensure_maildev
    if curl -fs "http://127.0.0.1:$MAILDEV_WEB_PORT/api/healthz" >/dev/null 2>&1; then
        die "port $MAILDEV_WEB_PORT is already in use (another test run?); set BESLUITVORMING_TEST_MAILDEV_WEB_PORT and BESLUITVORMING_TEST_SMTP_PORT"
    fi
    log "starting maildev: SMTP 127.0.0.1:$MAILDEV_SMTP_PORT, API http://127.0.0.1:$MAILDEV_WEB_PORT"
    MAILDEV_LOG="$(mktemp)"
    "$MAILDEV_BIN" --smtp "$MAILDEV_SMTP_PORT" --web "$MAILDEV_WEB_PORT" --ip 127.0.0.1 --web-ip 127.0.0.1 \
        >"$MAILDEV_LOG" 2>&1 &
    MAILDEV_PID=$!
    CLEANUP_STEPS+=(stop_maildev)
    local i
    for ((i = 0; i < 60; i++)); do
        if curl -fs "http://127.0.0.1:$MAILDEV_WEB_PORT/api/healthz" >/dev/null 2>&1; then
            export BESLUITVORMING_TEST_SMTP_HOST=127.0.0.1
            export BESLUITVORMING_TEST_SMTP_PORT="$MAILDEV_SMTP_PORT"
            export BESLUITVORMING_TEST_MAILDEV_API="http://127.0.0.1:$MAILDEV_WEB_PORT"
            export BESLUITVORMING_TEST_MAILDEV_BIN="$MAILDEV_BIN"
            return 0
        fi
        kill -0 "$MAILDEV_PID" 2>/dev/null || break
        sleep 0.5
    done
    cat "$MAILDEV_LOG" >&2 || true
    die "maildev did not start"
}

stop_maildev() {
    [ -n "$MAILDEV_PID" ] || return 0
    kill "$MAILDEV_PID" 2>/dev/null || true
    wait "$MAILDEV_PID" 2>/dev/null || true
    rm -f "$MAILDEV_LOG"
    MAILDEV_PID=""
}

# ---------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------
summarize_trx() {
    # Prints "passed failed skipped executed files", summed over every TRX file.
    python3 - "$RESULTS_DIR" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = executed = files = 0
for path in sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)):
    files += 1
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is None:
        continue
    c = lambda name: int(counters.get(name, "0"))
    passed += c("passed")
    failed += c("failed") + c("error") + c("timeout") + c("aborted")
    executed += c("executed")
    # Skipped tests are in "total" but not in "executed" (the "notExecuted" counter stays 0).
    skipped += max(0, c("total") - c("executed"))
print(passed, failed, skipped, executed, files)
PY
}

run_tests() {
    rm -rf "$RESULTS_DIR"
    mkdir -p "$RESULTS_DIR"

    log "dotnet test $SOLUTION ($CONFIGURATION) $*"
    local rc=0
    dotnet test "$SOLUTION" \
        --configuration "$CONFIGURATION" \
        --results-directory "$RESULTS_DIR" \
        --logger "trx;LogFilePrefix=besluitvorming" \
        --logger "console;verbosity=normal" \
        "$@" || rc=$?

    local passed failed skipped executed files
    read -r passed failed skipped executed files < <(summarize_trx) \
        || die "could not read the TRX files in $RESULTS_DIR"

    # The multi-instance test (deploy/cluster-test.sh) counts as one test; it runs on a full run (no arguments) or
    # when BESLUITVORMING_CLUSTER_TEST=1, never when it is 0.
    if [ "${BESLUITVORMING_CLUSTER_TEST:-$([ "$#" -eq 0 ] && echo 1 || echo 0)}" = 1 ]; then
        log "deploy/cluster-test.sh"
        if "$ROOT/deploy/cluster-test.sh"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    fi

    local summary="$passed passed, $failed failed"
    [ "$skipped" -eq 0 ] || summary="$summary, $skipped skipped"

    local status=0
    if [ "$rc" -ne 0 ]; then log "dotnet test exited with $rc"; status=1; fi
    if [ "$failed" -ne 0 ]; then status=1; fi
    if [ "$files" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
        log "no tests were executed ($files TRX files in $RESULTS_DIR)"
        status=1
    fi

    echo
    echo "$summary"
    return "$status"
}

main() {
    ensure_chromium
    ensure_sqlite3
    start_postgres
    start_maildev
    run_tests "$@"
}

# deploy/cluster-test.sh sources this file for its helpers; only a run of its own runs the tests.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then main "$@"; fi
