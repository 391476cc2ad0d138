#!/usr/bin/env bash
# Ledger export benchmark: `polku-cli report ledger` over 1,000,000 attendance rows, written
# as CSV and as XLSX (constant-memory libxlsxwriter, continuing on a second sheet past
# Excel's 1,048,576 rows). Reports wall time and peak RSS of each, and RSS at a quarter of
# the rows, to show how memory grows with the rows; and libxlsxwriter alone writing as many
# rows of the ledger's shape (polku-bench-xlsx-floor), the floor under the XLSX time.
# Goal (issue): RSS ≤ 250 MB, constant in the rows; XLSX ≤ 3 × the CSV time.
#
# usage: bench/ledger_benchmark.sh [BUILD_DIR]        (default: build)
# RUNS=3 (each format, alternating; the fastest counts)
# Sizes: ATTENDANCE=1000000 ACTIVITIES=0 PEOPLE=20000 EVENTS=10000 SESSIONS_PER_EVENT=5 SEED=1
set -euo pipefail

build_dir=$(cd "${1:-build}" && pwd)
cli=$build_dir/cli/polku-cli
generate=$build_dir/bench/polku-bench-generate
floor=$build_dir/bench/polku-bench-xlsx-floor
for exe in "$cli" "$generate" "$floor"; do
    [[ -x $exe ]] || { echo "ledger_benchmark: $exe is missing; build polku-cli, polku-bench-generate and polku-bench-xlsx-floor" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "ledger_benchmark: installing 'time'" >&2; apt-get install -y -qq time >/dev/null; }

ATTENDANCE=${ATTENDANCE:-1000000}
work=$(mktemp -d "${BENCH_TMPDIR:-/tmp}/polku-ledger-bench.XXXXXX")
trap '[[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT

load() {  # load DIR ROWS: a database of ROWS attendance rows
    local dir=$1 rows=$2
    "$generate" --out "$dir/data" --people "${PEOPLE:-20000}" --events "${EVENTS:-10000}" \
        --sessions-per-event "${SESSIONS_PER_EVENT:-5}" --attendance "$rows" \
        --activities "${ACTIVITIES:-0}" --seed "${SEED:-1}" >/dev/null
    for kind in projects people events sessions attendance activities; do
        "$cli" --db "$dir/polku.sqlite" import "$kind" "$dir/data/$kind.csv" >/dev/null
    done
}

echo "== generating and loading $ATTENDANCE attendance rows (not timed)"
mkdir -p "$work/full" "$work/quarter"
load "$work/full" "$ATTENDANCE"
load "$work/quarter" $((ATTENDANCE / 4))

RUNS=${RUNS:-3}
measure() {  # measure NAME DB FORMAT: keeps the fastest run's "wall user sys maxrss_kb"
    local name=$1 db=$2 format=$3
    /usr/bin/time -f '%e %U %S %M' -o "$work/$name.try" \
        "$cli" --db "$db" report ledger --format "$format" -o "$work/$name.$format"
    if [[ ! -f $work/$name.time ]] || (($(echo "$(cut -d' ' -f1 "$work/$name.try") < $(cut -d' ' -f1 "$work/$name.time")" | bc))); then
        cp "$work/$name.try" "$work/$name.time"
    fi
}

echo "== timing: $RUNS runs of each, alternating; the fastest counts"
for ((run = 1; run <= RUNS; run++)); do
    measure csv "$work/full/polku.sqlite" csv
    measure xlsx "$work/full/polku.sqlite" xlsx
done
measure csv_quarter "$work/quarter/polku.sqlite" csv
measure xlsx_quarter "$work/quarter/polku.sqlite" xlsx
# libxlsxwriter alone, as many rows of the ledger's shape: the floor under the XLSX time.
ledger_rows=$(($(wc -l <"$work/csv.csv") - 1))
/usr/bin/time -f '%e %U %S %M' -o "$work/floor.time" "$floor" "$ledger_rows" "$work/floor.xlsx"

row() {
    read -r w u s m <"$work/$2.time"
    printf '%-40s %8.2f %8.2f %12.1f %12s\n' "$1" "$w" "$(echo "$u + $s" | bc)" \
        "$(echo "$m / 1024" | bc -l)" "$(du -m "$work/$2.$3" | cut -f1)"
}
printf '\nLedger of %s attendance rows (%s, %s cores)\n' "$ATTENDANCE" "$(date -u '+%F %H:%M UTC')" "$(nproc)"
printf '%-40s %8s %8s %12s %12s\n' "" "wall s" "cpu s" "peak RSS MB" "file MB"
row "report ledger --format csv" csv csv
row "report ledger --format xlsx" xlsx xlsx
row "csv, a quarter of the rows" csv_quarter csv
row "xlsx, a quarter of the rows" xlsx_quarter xlsx
row "libxlsxwriter alone, the same rows" floor xlsx
echo "ledger rows written (csv lines less the heading): $ledger_rows"

read -r cw _ _ cm <"$work/csv.time"
read -r xw _ _ xm <"$work/xlsx.time"
status=0
read -r fw _ _ _ <"$work/floor.time"
ratio=$(echo "scale=2; $xw / $cw" | bc)
echo "xlsx / csv time: $ratio; libxlsxwriter alone / csv: $(echo "scale=2; $fw / $cw" | bc)"
if [[ $(echo "$xw <= 3 * $cw" | bc) == 1 ]]; then echo "time: PASS (xlsx ≤ 3 × csv)"; else echo "time: FAIL (xlsx > 3 × csv)"; status=1; fi
read -r _ _ _ cqm <"$work/csv_quarter.time"
read -r _ _ _ xqm <"$work/xlsx_quarter.time"
if [[ $(echo "$cm <= 256000 && $xm <= 256000" | bc) == 1 ]]; then
    echo "RSS: PASS (≤ 250 MB)"
else
    echo "RSS: FAIL (> 250 MB)"
    status=1
fi
# Constant in the rows: four times the rows may not take more than a few MB more.
if [[ $(echo "$cm - $cqm <= 8192 && $xm - $xqm <= 8192" | bc) == 1 ]]; then
    echo "RSS constant in the rows: PASS (4 × the rows: csv +$(((cm - cqm) / 1024)) MB, xlsx +$(((xm - xqm) / 1024)) MB)"
else
    echo "RSS constant in the rows: FAIL (4 × the rows: csv +$(((cm - cqm) / 1024)) MB, xlsx +$(((xm - xqm) / 1024)) MB)"
    status=1
fi
exit $status
