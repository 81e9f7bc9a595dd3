#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite (the ctest fixture "postgres").
#
# Usage: pgcluster.sh start DIR    initdb a new cluster, start it, create the database, write DIR/url
#        pgcluster.sh stop DIR     stop that cluster and remove it and DIR
#
# start first removes whatever a killed run left in DIR (a stale cluster, still running or not), so an
# interrupted run never blocks the next. The cluster itself lives in a fresh folder under /tmp (root) or
# $TMPDIR (others), not in DIR: the build tree may sit where an unprivileged user cannot reach.
# DIR holds: url (postgresql://air@127.0.0.1:PORT/air_test), cluster (the cluster's folder), log (the
# server's log, kept after a failed start).
#
# initdb, pg_ctl and the server refuse to run as root: as root, they run as the system user "airtest"
# (created if missing, no login, no home). As anyone else, they run as that user.
# The server listens on 127.0.0.1 only, on a free port, with no Unix socket; authentication is "trust":
# any local user may connect as any role, acceptable for a throwaway cluster that lives for one test run.
# fsync is off: the cluster does not need to survive a crash of the machine.
#
# With AIR_TEST_POSTGRES_URL set, start starts nothing and writes that URL to DIR/url (a server of your
# own; the tests must be free to create and drop databases and roles there), and stop leaves it alone.
set -euo pipefail

bindir=${AIR_PG_BINDIR:-/usr/lib/postgresql/15/bin}
run_user=airtest
db_user=air
db_name=air_test

die() {
    echo "pgcluster: $*" >&2
    exit 1
}

# Runs a PostgreSQL program as the cluster's owner (USER), from a folder that user can read.
as_user() {
    local user=$1
    shift
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u "$user" -- "$@")
    else
        (cd / && "$@")
    fi
}

ensure_run_user() {
    if ! getent passwd "$run_user" >/dev/null; then
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin --comment "throwaway PostgreSQL clusters of the test suite" "$run_user" ||
            die "cannot create the system user $run_user (initdb refuses to run as root)"
    fi
}

# A TCP port on 127.0.0.1 that nothing listens on now, below Linux's ephemeral range (32768-60999) so
# that no outgoing connection takes it meanwhile. A race with another program is caught by the caller,
# which retries when the server cannot bind.
free_port() {
    local port tries
    for tries in $(seq 1 200); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free port found on 127.0.0.1"
}

# The cluster folder recorded in DIR, if it is one of ours (never remove anything else).
recorded_cluster() {
    local dir=$1 cluster
    [ -f "$dir/cluster" ] || return 1
    cluster=$(cat "$dir/cluster")
    case "$cluster" in
    /*/air-pgtest.*) ;;
    *) return 1 ;;
    esac
    [ -d "$cluster" ] || return 1
    echo "$cluster"
}

# Stops the server of CLUSTER if it runs, and removes CLUSTER.
destroy_cluster() {
    local cluster=$1 data pid owner
    data="$cluster/data"
    if [ -f "$data/postmaster.pid" ]; then
        owner=$(stat -c %U "$data")
        if ! as_user "$owner" "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1; then
            # pg_ctl could not stop it (no answer within 30 s): kill the postmaster if it still is one.
            pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)
            if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" = postgres ]; then
                kill -KILL "$pid" 2>/dev/null || true
                for _ in $(seq 1 50); do
                    [ -d "/proc/$pid" ] || break
                    sleep 0.1
                done
            fi
        fi
    fi
    rm -rf "$cluster"
}

cleanup_failed_start() {
    cp -f "$failed_cluster/server.log" "$failed_dir/log" 2>/dev/null || true
    destroy_cluster "$failed_cluster"
    rm -f "$failed_dir/cluster"
}

stop() {
    local dir=$1 cluster
    if [ -d "$dir" ] && [ ! -f "$dir/external" ]; then
        if cluster=$(recorded_cluster "$dir"); then
            destroy_cluster "$cluster"
        fi
    fi
    rm -rf "$dir"
}

# Removes the clusters under TMP whose build tree no longer points at them (its DIR was deleted, or a
# later start replaced them): a server left running by a killed run whose build tree is gone. Each
# cluster names its DIR in its file "owner", written after DIR/cluster, so a cluster being made is safe.
sweep_orphans() {
    local tmp=$1 cluster owner
    for cluster in "$tmp"/air-pgtest.*; do
        [ -f "$cluster/owner" ] || continue
        owner=$(cat "$cluster/owner")
        [ "$(cat "$owner/cluster" 2>/dev/null || true)" = "$cluster" ] && continue
        echo "pgcluster: removing $cluster, left by $owner" >&2
        destroy_cluster "$cluster" || true # another user's: not ours to remove
    done
}

start() {
    local dir=$1 cluster data log port started=0 attempt
    stop "$dir" # a stale cluster of a killed run
    mkdir -p "$dir"

    if [ -n "${AIR_TEST_POSTGRES_URL:-}" ]; then
        touch "$dir/external"
        printf '%s\n' "$AIR_TEST_POSTGRES_URL" >"$dir/url"
        echo "pgcluster: using the server of AIR_TEST_POSTGRES_URL"
        return 0
    fi

    [ -x "$bindir/initdb" ] || die "$bindir/initdb not found: install postgresql-15 (scripts/setup.sh does)"
    local user
    user=$(id -un)
    local tmp=${TMPDIR:-/tmp}
    if [ "$(id -u)" -eq 0 ]; then
        ensure_run_user
        user=$run_user
        tmp=/tmp
    fi
    sweep_orphans "$tmp"
    cluster=$(mktemp -d "$tmp/air-pgtest.XXXXXXXX")
    echo "$cluster" >"$dir/cluster"
    echo "$dir" >"$cluster/owner"
    [ "$(id -u)" -ne 0 ] || chown "$user:" "$cluster"
    chmod 700 "$cluster"
    data="$cluster/data"
    log="$cluster/server.log"
    # On any failure from here on, stop and remove the half-made cluster; keep its log in DIR.
    failed_dir=$dir failed_cluster=$cluster
    trap 'cleanup_failed_start' EXIT

    as_user "$user" "$bindir/initdb" -D "$data" -U "$db_user" --auth=trust --encoding=UTF8 --no-locale \
        --no-sync >"$cluster/initdb.log" 2>&1 || {
        cat "$cluster/initdb.log" >&2
        false
    }
    as_user "$user" tee -a "$data/postgresql.conf" >/dev/null <<EOF

# pgcluster.sh: a throwaway cluster for the tests
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
log_min_messages = warning
EOF

    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if as_user "$user" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "-p $port" start >/dev/null 2>&1; then
            started=1
            break
        fi
        # Another program took the port between the check and the bind: try another one.
        grep -q 'could not bind\|could not create any TCP/IP sockets' "$log" 2>/dev/null || break
        echo "pgcluster: port $port taken, attempt $attempt" >&2
    done
    if [ "$started" -ne 1 ]; then
        cat "$log" >&2 2>/dev/null || true
        die "the server did not start"
    fi

    as_user "$user" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$db_user" "$db_name"
    printf 'postgresql://%s@127.0.0.1:%s/%s\n' "$db_user" "$port" "$db_name" >"$dir/url.tmp"
    mv "$dir/url.tmp" "$dir/url"
    trap - EXIT
    echo "pgcluster: $(cat "$dir/url") (cluster $cluster, run as $user)"
}

[ $# -eq 2 ] || die "usage: $0 start|stop DIR"
case "$2" in
/*) dir=$2 ;;
*) dir="$PWD/$2" ;;
esac
case "$1" in
start) start "$dir" ;;
stop) stop "$dir" ;;
*) die "usage: $0 start|stop DIR" ;;
esac
