#!/usr/bin/env bash
# Paths report benchmark (issue: 20,000 people × 5 paths × 12 steps; goal ≤ 1 s and ≤ 200 MB
# peak RSS): the whole `polku-cli report paths` process over a generated project
# (bench/generate_paths.cpp: 100,000 assignments, 1,200,000 step verdicts, ~200,000
# attendance rows and 40,000 tagged activities), in JSON, CSV (the matrix table) and for one
# manager's team (--supervisor, ~1,000 people). Each is run RUNS times; the fastest counts.
#
# usage: bench/paths_benchmark.sh [BUILD_DIR]      (default: build)
# PEOPLE=20000 RUNS=3
set -euo pipefail

build_dir=$(cd "${1:-build}" && pwd)
cli=$build_dir/cli/polku-cli
generate=$build_dir/bench/polku-bench-paths
for exe in "$cli" "$generate"; do
    [[ -x $exe ]] || { echo "paths_benchmark: $exe is missing; build polku-cli and polku-bench-paths" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "paths_benchmark: installing 'time'" >&2; apt-get install -y -qq time >/dev/null; }

PEOPLE=${PEOPLE:-20000}
RUNS=${RUNS:-3}
work=$(mktemp -d "${BENCH_TMPDIR:-/tmp}/polku-paths-bench.XXXXXX")
trap '[[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
data=$work/data
db=$work/polku.sqlite

echo "== generating $PEOPLE people"
"$generate" --out "$data" --people "$PEOPLE"
echo "== loading (not timed)"
start=$(date +%s.%N)
for kind in projects people competences events sessions attendance activities course_competences \
    event_competences activity_competences paths path_steps assignments signoffs; do
    "$cli" --db "$db" import "$kind" "$data/$kind.csv" | sed 's|^.*/||'
done
echo "   loaded in $(echo "$(date +%s.%N) - $start" | bc) s; $(du -h "$db" | cut -f1)"

# run NAME ARGS…: the fastest of RUNS runs: wall s, user + system s (what a shared machine
# does not inflate), peak RSS MB, output size.
run() {
    local name=$1 best="" cpu="" rss="" size=""
    shift
    for ((i = 0; i < RUNS; i++)); do
        /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$cli" --db "$db" report paths --to 2026-06-30 "$@" \
            -o "$work/out.$name"
        read -r wall user sys kb <"$work/time"
        if [[ -z $best ]] || (($(echo "$wall < $best" | bc))); then
            best=$wall cpu=$(echo "$user + $sys" | bc) rss=$((kb / 1024)) size=$(du -h "$work/out.$name" | cut -f1)
        fi
    done
    printf '%-28s %6s s wall %6s s cpu %6s MB   output %s\n' "$name" "$best" "$cpu" "$rss" "$size"
}

# Another process on the machine inflates the wall times: the load average says how busy it was.
echo "== report paths (fastest of $RUNS); load average $(cut -d' ' -f1-3 /proc/loadavg)"
run "project csv progress" --project PATHS --format csv --table progress
run "project json" --project PATHS --format json
run "project csv matrix" --project PATHS --format csv --table matrix
run "supervisor P000002 json" --supervisor P000002 --format json
run "supervisor P000002 pdf" --supervisor P000002 --format pdf
echo "   load average afterwards $(cut -d' ' -f1-3 /proc/loadavg)"
