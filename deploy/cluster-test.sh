#!/usr/bin/env bash
# The production topology as processes on this machine: a throwaway PostgreSQL, two app instances (Kestrel, Release
# build, published once), maildev as the SMTP server and Debian's nginx in front (its site generated from
# deploy/nginx/besluitvorming.conf). tests/Cluster.Driver does the HTTP work and prints each result:
#   (1) a login on instance A is valid on instance B
#   (2) a proposal routed through every gate, requests alternating between A and B, ends besloten
#   (3) 200 timers fire exactly once across both instances
#   (4) kill -9 of A during 500 concurrent advice and remark POSTs: nothing acknowledged lost, nothing doubled,
#       each mail sent once
#   (5) a rolling restart (A, then B) while a load loop through nginx sees no failed request
# Exits non-zero when a check fails; stops and removes everything it started on exit.
#
#   deploy/cluster-test.sh                               # alone (installs nginx/PostgreSQL/maildev when missing)
#   BESLUITVORMING_CLUSTER_PORT=15700 deploy/cluster-test.sh
#   BEWAAR_LOGS=1 ...                                    # keep the work folder (logs, published app) on exit
#   BESLUITVORMING_CLUSTER_APP=/tmp/.../app ...          # use an app published before instead of publishing
# Ports: BESLUITVORMING_CLUSTER_PORT (nginx), +1 and +2 (instances A, B), +10 (PostgreSQL), +11/+12 (maildev SMTP/web).
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# test.sh's helpers (apt_install, start_postgres, start_maildev, the cleanup stack) without running its tests.
# shellcheck source=../test.sh
source "$ROOT/test.sh"

BASIS="${BESLUITVORMING_CLUSTER_PORT:-15700}"
PROXY_PORT="$BASIS"
A_PORT=$((BASIS + 1))
B_PORT=$((BASIS + 2))
PG_PORT=$((BASIS + 10))
MAILDEV_SMTP_PORT=$((BASIS + 11))
MAILDEV_WEB_PORT=$((BASIS + 12))
WERK="$(mktemp -d /tmp/besluitvorming-cluster.XXXXXX)"
CLEANUP_STEPS+=(ruim_werkmap_op)
ruim_werkmap_op() { [ -n "${BEWAAR_LOGS:-}" ] && { log "logs bewaard in $WERK"; return 0; }; rm -rf "$WERK"; }

STAP_START=$SECONDS
stap() { printf '\n==> [%3ss] %s\n' "$((SECONDS - STAP_START))" "$*"; }

ensure_nginx() { [ -x /usr/sbin/nginx ] || apt_install nginx-light || apt_install nginx; }

# ---------------------------------------------------------------------------
# Build once: the app (Release, as deployed) and the driver.
# ---------------------------------------------------------------------------
bouw() {
    stap "dotnet publish src/Web (Release) en de driver"
    if [ -n "${BESLUITVORMING_CLUSTER_APP:-}" ]; then
        # A build published before (e.g. kept with BEWAAR_LOGS=1 in <werkmap>/app): saves the publish when iterating.
        cp -r "$BESLUITVORMING_CLUSTER_APP" "$WERK/app"
    else
        dotnet publish "$ROOT/src/Web/Besluitvorming.Web.csproj" -c Release -o "$WERK/app" -v q -nologo >"$WERK/publish.log" 2>&1 \
            || { cat "$WERK/publish.log" >&2; die "publish mislukt"; }
    fi
    # The build before the newest migration, for the rolling upgrade of (5): from the repository's own history.
    if [ -n "${BESLUITVORMING_CLUSTER_VORIGE_APP:-}" ]; then
        cp -r "$BESLUITVORMING_CLUSTER_VORIGE_APP" "$WERK/vorige"
    else
        local laatste
        # A shallow clone lacks the history: deepen it once from its origin.
        if [ "$(git -C "$ROOT" rev-parse --is-shallow-repository 2>/dev/null)" = true ]; then
            git -C "$ROOT" fetch -q --unshallow 2>/dev/null || true
        fi
        laatste="$(git -C "$ROOT" rev-list -1 HEAD -- src/Web/Data/Migrations/Postgres)"
        if [ -z "$laatste" ] || ! VORIGE_COMMIT="$(git -C "$ROOT" rev-parse -q --verify --short "$laatste^" 2>/dev/null)"; then
            echo "    LET OP: de geschiedenis van de repository ontbreekt (shallow clone zonder bereikbare origin):" \
                 "(5) de rollende upgrade wordt overgeslagen" >&2
            GEEN_VORIGE=1
        fi
    fi
    if [ -z "${BESLUITVORMING_CLUSTER_VORIGE_APP:-}" ] && [ "$GEEN_VORIGE" -eq 0 ]; then
        stap "dotnet publish van $VORIGE_COMMIT (de versie voor migratie-commit $(git -C "$ROOT" rev-parse --short "$laatste"))"
        mkdir -p "$WERK/vorige-bron"
        git -C "$ROOT" archive "$VORIGE_COMMIT" | tar -x -C "$WERK/vorige-bron"
        dotnet publish "$WERK/vorige-bron/src/Web/Besluitvorming.Web.csproj" -c Release -o "$WERK/vorige" -v q -nologo \
            >"$WERK/publish-vorige.log" 2>&1 || { cat "$WERK/publish-vorige.log" >&2; die "publish van $VORIGE_COMMIT mislukt"; }
        rm -rf "$WERK/vorige-bron"
    fi
    dotnet build "$ROOT/tests/Cluster.Driver/Besluitvorming.Cluster.Driver.csproj" -c Release -o "$WERK/driver" -v q -nologo \
        >"$WERK/driver.log" 2>&1 || { cat "$WERK/driver.log" >&2; die "build van de driver mislukt"; }
}

# ---------------------------------------------------------------------------
# App instances. Staging with the demo organisation: Production refuses demo data (its password is published), and the
# driver logs in as the demo users; everything else is as in deploy/systemd/besluitvorming.env.example, except: the
# login throttle is lifted (every login comes from 127.0.0.1), Quartz polls every second (Jobs:IdleWacht), and a mail
# claimed by the instance that gets kill -9 is free again after 45 s instead of 5 minutes (Mail:Claimduur).
# ---------------------------------------------------------------------------
declare -A PID=()
VORIGE_COMMIT="(gegeven build)"
GEEN_VORIGE=0
DB="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=besluitvorming;Maximum Pool Size=60"

start_instantie() { # naam poort [build-map] [verbindingsreeks]
    local naam="$1" poort="$2" map="${3:-$WERK/app}" db="${4:-$DB}"
    (
        cd "$map"
        exec env ASPNETCORE_ENVIRONMENT=Staging ASPNETCORE_URLS="http://127.0.0.1:$poort" \
            Database__Provider=PostgreSQL Database__ConnectionString="$db" Database__DemoData=true \
            Mail__BasisUrl="http://127.0.0.1:$PROXY_PORT" Mail__SmtpHost=127.0.0.1 Mail__SmtpPoort="$MAILDEV_SMTP_PORT" Mail__SmtpTls=None \
            Jobs__SchedulerNaam=besluitvorming Jobs__IdleWacht=00:00:01 Proxy__VertrouwdeProxies__0=127.0.0.1 \
            Inloggen__PogingenPerClient=100000 Logging__LogLevel__Default=Warning Mail__Claimduur=00:00:45 \
            dotnet Besluitvorming.Web.dll
    ) >>"$WERK/$naam.log" 2>&1 &
    PID[$naam]=$!
}

wacht_op_gereed() { # naam poort
    local naam="$1" poort="$2" i
    for ((i = 0; i < 1200; i++)); do
        if curl -fs -o /dev/null "http://127.0.0.1:$poort/health/ready"; then return 0; fi
        kill -0 "${PID[$naam]}" 2>/dev/null || { tail -50 "$WERK/$naam.log" >&2; die "instantie $naam is gestopt"; }
        sleep 0.25
    done
    tail -50 "$WERK/$naam.log" >&2
    die "instantie $naam werd niet gereed binnen 5 minuten"
}

stop_instantie() { # naam [signaal]
    local naam="$1" signaal="${2:-TERM}"
    [ -n "${PID[$naam]:-}" ] || return 0
    kill "-$signaal" "${PID[$naam]}" 2>/dev/null || true
    wait "${PID[$naam]}" 2>/dev/null || true
    PID[$naam]=""
}

stop_instanties() { stop_instantie A; stop_instantie B; }

# ---------------------------------------------------------------------------
# nginx with the site of deploy/nginx/besluitvorming.conf: the same upstream (round robin, max_fails, keepalive),
# proxy headers and proxy_next_upstream; plain HTTP on 127.0.0.1 instead of TLS, the instances' ports, files in $WERK.
# ---------------------------------------------------------------------------
NGINX_PID=""
start_nginx() {
    ensure_nginx
    mkdir -p "$WERK/nginx"
    chmod 777 "$WERK/nginx"
    awk -v a="$A_PORT" -v b="$B_PORT" -v p="$PROXY_PORT" -v w="$WERK/nginx" '
        /^server \{/ { blok = ""; inserver = 1 }
        inserver { blok = blok $0 "\n"; if ($0 ~ /^\}/) { inserver = 0; if (blok !~ /return 301/) printf "%s", blok }; next }
        { print }
    ' "$ROOT/deploy/nginx/besluitvorming.conf" \
        | sed -e "s/127\.0\.0\.1:5001/127.0.0.1:$A_PORT/; s/127\.0\.0\.1:5002/127.0.0.1:$B_PORT/" \
              -e "s/^\(\s*\)listen 443 ssl http2;/\1listen 127.0.0.1:$PROXY_PORT;/" \
              -e "/listen \[::\]:443/d; /ssl_/d; /Strict-Transport-Security/d" \
              -e "s#access_log [^;]*#access_log $WERK/nginx/access.log upstream#" \
        >"$WERK/nginx/site.conf"
    cat >"$WERK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $WERK/nginx/nginx.pid;
error_log $WERK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $WERK/nginx/body;
    proxy_temp_path $WERK/nginx/proxy;
    fastcgi_temp_path $WERK/nginx/fastcgi;
    uwsgi_temp_path $WERK/nginx/uwsgi;
    scgi_temp_path $WERK/nginx/scgi;
    # Which instance answered: the rolling upgrade waits until nginx sends requests to a restarted instance again.
    log_format upstream '\$status \$upstream_addr|\$upstream_status \$request';
    include $WERK/nginx/site.conf;
}
EOF
    /usr/sbin/nginx -t -q -c "$WERK/nginx/nginx.conf" -p "$WERK/nginx" || die "nginx-configuratie ongeldig"
    /usr/sbin/nginx -c "$WERK/nginx/nginx.conf" -p "$WERK/nginx" &
    NGINX_PID=$!
    CLEANUP_STEPS+=(stop_nginx)
    local i
    for ((i = 0; i < 200; i++)); do
        curl -fs -o /dev/null "http://127.0.0.1:$PROXY_PORT/health/live" && return 0
        sleep 0.1
    done
    cat "$WERK/nginx/error.log" >&2 || true
    die "nginx antwoordt niet op poort $PROXY_PORT"
}

# nginx took an instance out for fail_timeout after it failed to connect (max_fails); stopping the other one before nginx
# uses this one again leaves no live upstream. Waits for a request that this instance answered after now.
wacht_op_nginx() { # poort
    local poort="$1" van i
    van=$(($(wc -l <"$WERK/nginx/access.log") + 1))
    for ((i = 0; i < 1200; i++)); do
        tail -n "+$van" "$WERK/nginx/access.log" | grep -qE "^200 ([^|]*, )?127\.0\.0\.1:$poort\|" && return 0
        sleep 0.1
    done
    die "nginx stuurde binnen 2 minuten geen verzoek naar poort $poort"
}

stop_nginx() { [ -n "$NGINX_PID" ] && { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""; }; }

# ---------------------------------------------------------------------------
DRIVER_ARGS=()
driver() { dotnet "$WERK/driver/Besluitvorming.Cluster.Driver.dll" "$@" "${DRIVER_ARGS[@]}"; }
# Load drivers running in the background: a check that aborts the script midway must not leave them behind.
ACHTERGROND=()
CLEANUP_STEPS+=(stop_achtergrond)
stop_achtergrond() { local p; for p in "${ACHTERGROND[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done; ACHTERGROND=(); }

MISLUKT=0
controle() { "$@" || MISLUKT=1; }

cluster_main() {
    bouw
    stap "PostgreSQL ($PG_PORT), maildev (SMTP $MAILDEV_SMTP_PORT)"
    start_postgres
    start_maildev
    CLEANUP_STEPS+=(stop_instanties)

    stap "instanties A ($A_PORT) en B ($B_PORT) starten tegelijk op een lege database (migreren onder het migratieslot)"
    start_instantie A "$A_PORT"
    start_instantie B "$B_PORT"
    wacht_op_gereed A "$A_PORT"
    wacht_op_gereed B "$B_PORT"
    local migraties
    migraties="$(pg_run "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d besluitvorming -tAc 'SELECT count(*) FROM "__EFMigrationsHistory"')"
    echo "    beide gereed; $migraties migraties in de database"

    stap "nginx ($PROXY_PORT) voor A en B"
    start_nginx
    DRIVER_ARGS=(--a "http://127.0.0.1:$A_PORT" --b "http://127.0.0.1:$B_PORT" --proxy "http://127.0.0.1:$PROXY_PORT"
        --db "$DB" --maildev "http://127.0.0.1:$MAILDEV_WEB_PORT")

    stap "(1) login"; controle driver inloggen
    stap "(2) route"; controle driver route
    stap "(3) timers"; controle driver timers --voorstellen 50

    stap "(4) kill -9 van A tijdens 500 POSTs"
    local teken="$WERK/kill-teken" rc=0
    driver belasting --verzoeken 500 --kill-na 150 --teken "$teken" &
    local belasting=$!
    ACHTERGROND+=("$belasting")
    local i
    for ((i = 0; i < 6000; i++)); do
        [ ! -f "$teken" ] && kill -0 "$belasting" 2>/dev/null || break
        sleep 0.05
    done
    if [ -f "$teken" ]; then echo "    kill -9 A (pid ${PID[A]})"; stop_instantie A KILL; fi
    wait "$belasting" || rc=$?
    [ "$rc" -eq 0 ] || MISLUKT=1
    [ -f "$teken" ] || { echo "    FOUT A is niet gestopt tijdens de POSTs"; MISLUKT=1; }
    start_instantie A "$A_PORT"
    wacht_op_gereed A "$A_PORT"
    controle driver mail --gedode-instanties 1

    stap "(5) rollende upgrade naar een nieuwe migratie onder een laadlus via nginx"
    if [ "$GEEN_VORIGE" -eq 1 ]; then
        echo "    OVERGESLAGEN: geen build van voor de nieuwste migratie (geschiedenis ontbreekt)"
    else
        # A database of its own on the previous build ($VORIGE_COMMIT, one migration behind), served by A and B; then A and
        # then B are replaced by this build, which applies the new migration while the other instance keeps serving.
        local vorige_db="${DB/Database=besluitvorming/Database=besluitvorming_upgrade}"
        stop_instantie A TERM
        stop_instantie B TERM
        start_instantie A "$A_PORT" "$WERK/vorige" "$vorige_db"
        wacht_op_gereed A "$A_PORT"
        start_instantie B "$B_PORT" "$WERK/vorige" "$vorige_db"
        wacht_op_gereed B "$B_PORT"
        local psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d besluitvorming_upgrade -tAc)
        local voor na
        voor="$(pg_run "${psql[@]}" 'SELECT count(*) FROM "__EFMigrationsHistory"')"
        echo "    A en B draaien $VORIGE_COMMIT; $voor migraties in de database"
        local stop="$WERK/laad-stop"
        driver last --stop "$stop" &
        local last=$!
        ACHTERGROND+=("$last")
        for naam in A B; do
            local poort=$A_PORT; [ "$naam" = B ] && poort=$B_PORT
            stop_instantie "$naam" TERM
            start_instantie "$naam" "$poort" "$WERK/app" "$vorige_db"
            wacht_op_gereed "$naam" "$poort"
            wacht_op_nginx "$poort"
            echo "    $naam gestopt (SIGTERM), met de nieuwe build weer gereed en door nginx weer gebruikt"
        done
        touch "$stop"
        rc=0; wait "$last" || rc=$?
        [ "$rc" -eq 0 ] || MISLUKT=1
        na="$(pg_run "${psql[@]}" 'SELECT count(*) FROM "__EFMigrationsHistory"')"
        if [ "$na" -gt "$voor" ]; then echo "    ok   $((na - voor)) nieuwe migratie(s) toegepast tijdens de upgrade ($voor -> $na)"
        else echo "    FOUT geen nieuwe migratie toegepast ($voor -> $na)"; MISLUKT=1; fi

    fi

    stap "klaar"
    if [ "$MISLUKT" -ne 0 ]; then
        BEWAAR_LOGS=1
        echo "cluster-test: FOUT (logs in $WERK)"
        return 1
    fi
    echo "cluster-test: alle controles geslaagd"
}

cluster_main
