#!/usr/bin/env bash
# The fixture's script itself (tests/postgres/pgcluster.sh), on its own clusters beside the fixture's:
# a server that answers on 127.0.0.1 only, a stale cluster (running, or its server killed) replaced by
# the next start, an orphan (its build tree deleted) swept, a failed start that leaves nothing, an
# external server left alone, and stop leaving no process and no folder.
set -euo pipefail

script="$(cd "$(dirname "$0")" && pwd)/pgcluster.sh"
bindir=${AIR_PG_BINDIR:-/usr/lib/postgresql/15/bin}
work=$(mktemp -d "${TMPDIR:-/tmp}/tst_pgcluster.XXXXXX")
chmod 755 "$work" # the fake initdb below runs as the clusters' user
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then echo "PASS: $what"; else fail "$what"; fi
}
query() { # query DIR SQL: one value from the server of DIR
    "$bindir/psql" "$(cat "$1/url")" -XAtqc "$2"
}
postmaster_of() { head -n 1 "$(cat "$1/cluster")/data/postmaster.pid"; }
# Whether process PID has ended (within 5 s; a zombie waiting for its parent counts as ended).
gone() {
    local state
    for _ in $(seq 1 50); do
        state=$(sed -n 's/^[0-9]* (.*) \([A-Z]\).*/\1/p' "/proc/$1/stat" 2>/dev/null || true)
        [ -z "$state" ] || [ "$state" = Z ] && return 0
        sleep 0.1
    done
    return 1
}
make_failing_initdb() { # a bin folder whose initdb fails after making part of the cluster
    mkdir -p "$1"
    printf '#!/bin/sh\nmkdir -p "$2"; echo "initdb: simulated failure" >&2; exit 1\n' >"$1/initdb"
    chmod 755 "$1/initdb"
}

cleanup() {
    for d in "$work"/*/; do
        [ -d "$d" ] && "$script" stop "$d" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

a="$work/a"
"$script" start "$a" >/dev/null
check "the URL names 127.0.0.1 and the database" grep -Eq '^postgresql://air@127\.0\.0\.1:[0-9]+/air_test$' "$a/url"
check "the server answers as a superuser" test "$(query "$a" 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user')" = t
check "it listens on 127.0.0.1 only" test "$(query "$a" 'SHOW listen_addresses')" = 127.0.0.1
check "it has no Unix socket" test "$(query "$a" 'SHOW unix_socket_directories')" = ""
check "it is PostgreSQL 15" test "$(query "$a" 'SHOW server_version_num' | cut -c1-2)" = 15
if [ "$(id -u)" -eq 0 ]; then
    check "as root, the cluster belongs to airtest" test "$(stat -c %U "$(cat "$a/cluster")")" = airtest
fi

# A stale cluster whose server still runs (ctest killed): the next start replaces it.
old_cluster=$(cat "$a/cluster")
old_pid=$(postmaster_of "$a")
"$script" start "$a" >/dev/null
check "a running stale cluster is removed" test ! -e "$old_cluster"
check "its server is stopped" gone "$old_pid"
check "the new one answers" test "$(query "$a" 'SELECT 1')" = 1

# A stale cluster whose server was killed: its postmaster.pid is left behind.
old_cluster=$(cat "$a/cluster")
old_pid=$(postmaster_of "$a")
kill -KILL "$old_pid"
gone "$old_pid"
"$script" start "$a" >/dev/null
check "a killed stale cluster is removed" test ! -e "$old_cluster"
check "the next one answers" test "$(query "$a" 'SELECT 1')" = 1

# An orphan: its build tree was deleted while its server ran; the next start anywhere sweeps it.
b="$work/b"
"$script" start "$b" >/dev/null
orphan_cluster=$(cat "$b/cluster")
orphan_pid=$(postmaster_of "$b")
rm -rf "$b"
c="$work/c"
"$script" start "$c" >/dev/null 2>&1
check "an orphan cluster is swept" test ! -e "$orphan_cluster"
check "its server is stopped" gone "$orphan_pid"
check "the other cluster is left alone" test "$(query "$a" 'SELECT 1')" = 1
"$script" stop "$c"

# A start that fails leaves no cluster and no server behind.
d="$work/d"
if AIR_PG_BINDIR=/nonexistent "$script" start "$d" >/dev/null 2>&1; then
    fail "a start without PostgreSQL's programs succeeds"
else
    echo "PASS: a start without PostgreSQL's programs fails"
fi
check "and records no cluster" test ! -e "$d/cluster"
check "and writes no URL" test ! -e "$d/url"
f="$work/f"
make_failing_initdb "$work/fakebin"
if AIR_PG_BINDIR="$work/fakebin" "$script" start "$f" >/dev/null 2>&1; then
    fail "a start whose initdb fails succeeds"
else
    echo "PASS: a start whose initdb fails fails"
fi
check "and records no cluster" test ! -e "$f/cluster"
left=$(grep -lx "$f" /tmp/air-pgtest.*/owner "${TMPDIR:-/tmp}"/air-pgtest.*/owner 2>/dev/null || true)
check "and leaves no cluster folder" test -z "$left"

# A server of one's own: written as it is, never stopped.
e="$work/e"
AIR_TEST_POSTGRES_URL="postgresql://someone@db.example:6543/team" "$script" start "$e" >/dev/null
check "an external URL is passed on" test "$(cat "$e/url")" = "postgresql://someone@db.example:6543/team"
check "and nothing is started for it" test ! -e "$e/cluster"
"$script" stop "$e"
check "stop of an external server removes only DIR" test ! -e "$e"

# stop: no server, no cluster, no DIR.
a_cluster=$(cat "$a/cluster")
a_pid=$(postmaster_of "$a")
"$script" stop "$a"
check "stop stops the server" gone "$a_pid"
check "stop removes the cluster" test ! -e "$a_cluster"
check "stop removes DIR" test ! -e "$a"
check "stop of a DIR that is not there succeeds" "$script" stop "$a"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
