#!/usr/bin/env bash
# Report benchmark: the whole `polku-cli report monitoring --format json` process over
# 1,000,000 attendance rows and 100,000 activities, against sqlite3 computing only the
# headline figure (person-training days) from the same CSVs loaded into bare tables, in one
# SQL statement: attendance joined to sessions for the lengths, the activities added,
# summed per person and day, capped at 360 and totalled. Both must give the same total.
# Goal (issue): polku ≤ 1.0 × the query's wall time, polku peak RSS ≤ 200 MB.
#
# usage: bench/report_benchmark.sh [BUILD_DIR]        (default: build)
# RUNS=5 (each side, alternating; the fastest counts)
# Sizes: ATTENDANCE=1000000 ACTIVITIES=100000 PEOPLE=20000 EVENTS=10000 SESSIONS_PER_EVENT=5 SEED=1
set -euo pipefail

build_dir=$(cd "${1:-build}" && pwd)
cli=$build_dir/cli/polku-cli
generate=$build_dir/bench/polku-bench-generate
for exe in "$cli" "$generate"; do
    [[ -x $exe ]] || { echo "report_benchmark: $exe is missing; build polku-cli and polku-bench-generate" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "report_benchmark: sqlite3 is missing (apt-get install sqlite3)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "report_benchmark: installing 'time'" >&2; apt-get install -y -qq time >/dev/null; }

ATTENDANCE=${ATTENDANCE:-1000000}
ACTIVITIES=${ACTIVITIES:-100000}
work=$(mktemp -d "${BENCH_TMPDIR:-/tmp}/polku-report-bench.XXXXXX")
trap '[[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
data=$work/data

echo "== generating: ${PEOPLE:-20000} people, ${EVENTS:-10000} events × ${SESSIONS_PER_EVENT:-5} sessions, $ATTENDANCE attendance rows, $ACTIVITIES activities"
"$generate" --out "$data" --people "${PEOPLE:-20000}" --events "${EVENTS:-10000}" \
    --sessions-per-event "${SESSIONS_PER_EVENT:-5}" --attendance "$ATTENDANCE" --activities "$ACTIVITIES" \
    --seed "${SEED:-1}" >/dev/null

echo "== loading Polku's database (not timed)"
db=$work/polku.sqlite
for kind in projects people events sessions attendance activities; do
    "$cli" --db "$db" import "$kind" "$data/$kind.csv" >/dev/null
done

echo "== loading the bare tables for sqlite3 (not timed)"
bare=$work/bare.sqlite
sqlite3 "$bare" <<SQL
.mode csv
.import $data/sessions.csv sessions
.import $data/attendance.csv attendance
.import $data/activities.csv activities
SQL

cat >"$work/headline.sql" <<'SQL'
WITH s AS (
    SELECT event_id, date, start,
           (CAST(substr("end", 1, 2) AS INTEGER) * 60 + CAST(substr("end", 4, 2) AS INTEGER))
         - (CAST(substr(start, 1, 2) AS INTEGER) * 60 + CAST(substr(start, 4, 2) AS INTEGER))
         - CAST(COALESCE(NULLIF(break_minutes, ''), '0') AS INTEGER) AS len
    FROM sessions),
e AS (
    SELECT a.employee_id AS person, a.date AS date,
           CASE WHEN a.status IN ('', 'present') THEN s.len
                WHEN a.status = 'partial' THEN CAST(a.minutes AS INTEGER) ELSE 0 END AS minutes
    FROM attendance a JOIN s ON s.event_id = a.event_id AND s.date = a.date
                            AND (a.start = '' OR a.start = s.start)
    UNION ALL
    SELECT employee_id, date,
           CASE WHEN minutes <> '' THEN CAST(minutes AS INTEGER)
                ELSE CAST(ROUND(CAST(replace(hours, ',', '.') AS REAL) * 60) AS INTEGER) END
    FROM activities),
d AS (SELECT person, date, MIN(SUM(minutes), 360) AS m FROM e GROUP BY person, date)
SELECT printf('%.2f', SUM(m) / 360.0) FROM d;
SQL

RUNS=${RUNS:-5}
# measure NAME OUTFILE command…: runs it RUNS times, alternating with the other side by the
# caller, and keeps the fastest run's wall s, user s, sys s and peak RSS KB in $work/NAME.time
# (a shared machine only ever adds time).
measure() {
    local name=$1 out=$2
    shift 2
    /usr/bin/time -f '%e %U %S %M' -o "$work/$name.try" "$@" >"$out"
    if [[ ! -f $work/$name.time ]] || (($(echo "$(cut -d' ' -f1 "$work/$name.try") < $(cut -d' ' -f1 "$work/$name.time")" | bc))); then
        cp "$work/$name.try" "$work/$name.time"
    fi
}

echo "== timing: $RUNS runs of each, alternating; the fastest of each counts"
for ((run = 1; run <= RUNS; run++)); do
    measure polku "$work/polku.out" "$cli" --db "$db" report monitoring --format json
    measure sqlite "$work/sqlite.out" sqlite3 "$bare" ".read $work/headline.sql"
done

read -r pw pu ps pm <"$work/polku.time"
read -r sw su ss sm <"$work/sqlite.time"
polku_total=$(sed -n 's/.*"total": "\([0-9.]*\)".*/\1/p' "$work/polku.out" | sed -n 1p)
sqlite_total=$(tr -d '\r\n' <"$work/sqlite.out")

printf '\nMonitoring report over %s attendance rows and %s activities (%s, %s cores)\n' \
    "$ATTENDANCE" "$ACTIVITIES" "$(date -u '+%F %H:%M UTC')" "$(nproc)"
printf '%-44s %8s %8s %12s\n' "" "wall s" "cpu s" "peak RSS MB"
printf '%-44s %8.2f %8.2f %12.1f\n' "polku-cli report monitoring --format json" "$pw" "$(echo "$pu + $ps" | bc)" "$(echo "$pm / 1024" | bc -l)"
printf '%-44s %8.2f %8.2f %12.1f\n' "sqlite3 headline query (bare tables)" "$sw" "$(echo "$su + $ss" | bc)" "$(echo "$sm / 1024" | bc -l)"
ratio=$(echo "scale=2; $pw / $sw" | bc)
printf 'ratio %s\n' "$ratio"
status=0
printf 'person-training days: polku %s, sqlite3 %s  %s\n' "$polku_total" "$sqlite_total" \
    "$([[ $polku_total == "$sqlite_total" ]] && echo SAME || { status=1; echo DIFFERENT; })"
[[ $(echo "$pw <= $sw" | bc) == 1 ]] && echo "time: PASS (≤ 1.0×)" || { echo "time: FAIL (> 1.0×)"; status=1; }
[[ $(echo "$pm <= 204800" | bc) == 1 ]] && echo "RSS: PASS (≤ 200 MB)" || { echo "RSS: FAIL (> 200 MB)"; status=1; }
exit $status
