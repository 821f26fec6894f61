#!/usr/bin/env bash
# Throwaway database servers for the catalog tests: one PostgreSQL and one MariaDB, both
# bound to 127.0.0.1 on uncommon ports, with their data in a fresh temporary directory.
#
#   servers.sh start   install what is missing (apt), start both, wait until they answer,
#                      write the env file; harmless when they are already running
#   servers.sh stop    stop both and remove the temporary directory
#   servers.sh env     print the env file (KEY='value' lines, usable with `set -a; . FILE`)
#   servers.sh status  exit 0 when both servers are running and the env file is in place
#
# The system's own PostgreSQL cluster and MariaDB service are never touched: everything runs
# from the version's binaries with explicit data directories, ports and sockets.
set -euo pipefail
# runuser, mariadbd and mariadb-install-db live in the sbin directories, which a non-login
# shell's PATH may leave out.
PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

PG_PORT="${SCHEMA_AUDIT_PG_PORT:-54329}"
MARIADB_PORT="${SCHEMA_AUDIT_MARIADB_PORT:-33069}"
START_TIMEOUT_SECONDS=60

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="$ROOT/target/servers"
# The env file is what `cargo xtask` and the tests read; `dir` records the temporary directory.
ENV_FILE="$STATE_DIR/env"
DIR_FILE="$STATE_DIR/dir"

die() {
    echo "servers.sh: $*" >&2
    exit 1
}

say() {
    echo "servers.sh: $*" >&2
}

apt_install() {
    local missing=("$@")
    say "installing ${missing[*]} with apt"
    local apt=(apt-get)
    if [ "$(id -u)" != 0 ]; then apt=(sudo apt-get); fi
    if ! DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"; then
        # A stale package index is the usual reason; refresh it once and retry.
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -q
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -q --no-install-recommends "${missing[@]}"
    fi
}

pg_bindir() {
    # The newest installed major version; Debian keeps each under /usr/lib/postgresql/<major>.
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -n "$dir" ] && [ -x "$dir/postgres" ] && echo "$dir"
}

install_missing() {
    local missing=()
    if [ -z "$(pg_bindir || true)" ] || ! command -v psql >/dev/null; then
        missing+=(postgresql postgresql-contrib)
    fi
    command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
    command -v mariadb >/dev/null || missing+=(mariadb-client)
    if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi
}

mariadbd_bin() {
    command -v mariadbd 2>/dev/null || echo /usr/sbin/mariadbd
}

# The temporary directory of the running instances, if any.
current_dir() {
    [ -f "$DIR_FILE" ] && cat "$DIR_FILE" || true
}

pg_running() {
    local dir="$1"
    [ -n "$dir" ] && [ -d "$dir/pg" ] || return 1
    "$(pg_bindir)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres 2>/dev/null
}

mariadb_running() {
    local dir="$1"
    [ -n "$dir" ] && [ -d "$dir/mariadb" ] || return 1
    mariadb-admin --no-defaults --protocol=TCP -h 127.0.0.1 -P "$MARIADB_PORT" -u root \
        --connect-timeout=2 ping >/dev/null 2>&1
}

# Waits until `check` succeeds, or fails naming the log to read.
wait_for() {
    local what="$1" log="$2"
    shift 2
    local deadline=$((SECONDS + START_TIMEOUT_SECONDS))
    until "$@"; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            die "$what did not accept connections within ${START_TIMEOUT_SECONDS}s; see $log"
        fi
        sleep 0.2
    done
}

start_postgres() {
    local dir="$1" bin
    bin="$(pg_bindir)"
    mkdir -p "$dir/pg"
    chown postgres:postgres "$dir/pg"
    # initdb refuses to run as root, so the server runs as the postgres OS user.
    runuser -u postgres -- "$bin/initdb" -D "$dir/pg/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1 ||
        die "initdb failed; see $dir/pg/initdb.log"
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" \
        -o "-p $PG_PORT -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40" \
        start >/dev/null ||
        die "PostgreSQL did not start; see $dir/pg/server.log"
    wait_for PostgreSQL "$dir/pg/server.log" pg_running "$dir"
}

start_mariadb() {
    local dir="$1"
    mkdir -p "$dir/mariadb"
    mariadb-install-db --no-defaults --datadir="$dir/mariadb/data" --user=root \
        --auth-root-authentication-method=normal --skip-test-db \
        >"$dir/mariadb/install.log" 2>&1 ||
        die "mariadb-install-db failed; see $dir/mariadb/install.log"
    # setsid detaches the server from this script's process group, so a Ctrl-C in the
    # terminal that ran `start` does not take it down.
    setsid "$(mariadbd_bin)" --no-defaults --user=root \
        --datadir="$dir/mariadb/data" --socket="$dir/mariadb/mariadb.sock" \
        --pid-file="$dir/mariadb/mariadb.pid" --log-error="$dir/mariadb/server.log" \
        --bind-address=127.0.0.1 --port="$MARIADB_PORT" --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        --innodb-buffer-pool-size=32M --innodb-log-file-size=16M \
        --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --sync-binlog=0 \
        </dev/null >>"$dir/mariadb/server.log" 2>&1 &
    wait_for MariaDB "$dir/mariadb/server.log" mariadb_running "$dir"
}

write_env() {
    local dir="$1"
    mkdir -p "$STATE_DIR"
    cat >"$ENV_FILE.tmp" <<EOF
SCHEMA_AUDIT_PG='host=127.0.0.1 port=$PG_PORT user=postgres'
SCHEMA_AUDIT_MYSQL='host=127.0.0.1 port=$MARIADB_PORT user=root'
SCHEMA_AUDIT_SERVERS_DIR='$dir'
EOF
    mv "$ENV_FILE.tmp" "$ENV_FILE"
}

stop_postgres() {
    local dir="$1"
    if [ -f "$dir/pg/data/postmaster.pid" ]; then
        runuser -u postgres -- "$(pg_bindir)/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 ||
            say "PostgreSQL in $dir did not stop cleanly"
    fi
}

stop_mariadb() {
    local dir="$1" pid
    [ -f "$dir/mariadb/mariadb.pid" ] || return 0
    pid="$(cat "$dir/mariadb/mariadb.pid")"
    kill "$pid" 2>/dev/null || return 0
    local deadline=$((SECONDS + START_TIMEOUT_SECONDS))
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            say "MariaDB (pid $pid) did not stop; killing it"
            kill -9 "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.2
    done
}

stop() {
    local dir
    dir="$(current_dir)"
    if [ -n "$dir" ] && [ -d "$dir" ]; then
        stop_postgres "$dir"
        stop_mariadb "$dir"
        rm -rf "$dir"
    fi
    rm -f "$ENV_FILE" "$DIR_FILE"
}

running() {
    local dir
    dir="$(current_dir)"
    [ -n "$(pg_bindir || true)" ] && pg_running "$dir" && mariadb_running "$dir" && [ -f "$ENV_FILE" ]
}

start() {
    local dir
    dir="$(current_dir)"
    if running; then
        say "already running (data in $dir)"
        return 0
    fi
    # Half-started or stale state from an earlier run: clear it before starting afresh.
    stop
    install_missing
    mkdir -p "$STATE_DIR"
    dir="$(mktemp -d /tmp/schema-audit-servers.XXXXXX)"
    # The postgres OS user must reach its data directory and socket inside.
    chmod 755 "$dir"
    echo "$dir" >"$DIR_FILE"
    start_postgres "$dir"
    start_mariadb "$dir"
    write_env "$dir"
    say "PostgreSQL on 127.0.0.1:$PG_PORT, MariaDB on 127.0.0.1:$MARIADB_PORT (data in $dir); env in $ENV_FILE"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) running ;;
env)
    [ -f "$ENV_FILE" ] || die "no servers running; run \`$0 start\` first"
    cat "$ENV_FILE"
    ;;
*)
    echo "usage: $0 start|stop|status|env" >&2
    exit 2
    ;;
esac
