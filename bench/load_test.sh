#!/usr/bin/env bash
# Load test (issue: 8 client processes on loopback, each writing attendance and reading the
# monitoring report for 60 s; no error, no lost row; throughput and p95 latency reported).
# Starts a throw-away PostgreSQL server on loopback (scripts/pg-test-server, as the tests do),
# loads the demo project into a new database there and runs polku-bench-load against it.
# SQLITE=1 runs the same against an SQLite file instead.
#
# usage: bench/load_test.sh [BUILD_DIR]      (default: build)
# CLIENTS=8 SECONDS=60
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$(cd "${1:-build}" && pwd)
cli=$build_dir/cli/polku-cli
load=$build_dir/bench/polku-bench-load
for exe in "$cli" "$load"; do
    [[ -x $exe ]] || { echo "load_test: $exe is missing; build polku-cli and polku-bench-load" >&2; exit 2; }
done
CLIENTS=${CLIENTS:-8}
SECONDS_TO_RUN=${SECONDS:-60}

if [[ -n ${SQLITE:-} ]]; then
    work=$(mktemp -d /tmp/polku-load.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    db=$work/polku.sqlite
else
    # shellcheck source=../scripts/pg-test-server
    source "$root/scripts/pg-test-server"
    pg_test_server_start
    trap pg_test_server_stop EXIT
    psql -X -q "$POLKU_TEST_PG" -c "CREATE DATABASE polku_load"
    db=${POLKU_TEST_PG%/postgres}/polku_load
fi
echo "== demo project into $db"
"$cli" --db "$db" demo
echo "== $CLIENTS clients for $SECONDS_TO_RUN s (load average before: $(cut -d' ' -f1 /proc/loadavg))"
"$load" --db "$db" --clients "$CLIENTS" --seconds "$SECONDS_TO_RUN"
