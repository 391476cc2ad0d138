#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets of bench/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in their own build folder, then runs each for a fixed number of
# inputs from a seed corpus. Run by hand, never by the tests.
#
# usage: bench/fuzz.sh [BUILD_DIR]                 (default: build-fuzz)
#   RUNS=200000   inputs per target          SEED=1   libFuzzer's random seed (0: random)
#   KEEP=1        keep the work folder (corpora grown, crash inputs, logs)
# Exit status: 0 when no target crashed, leaked, timed out, broke a property or drew a
# sanitizer report; 1 otherwise (the failing input is kept in the work folder and named).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$root/build-fuzz}
RUNS=${RUNS:-200000}
SEED=${SEED:-1}
targets=(fuzz_csv_import fuzz_date fuzz_time_of_day fuzz_quantity)

for tool in clang clang++; do
    if ! command -v "$tool" > /dev/null; then
        echo "fuzz: $tool is missing (Debian: apt-get install clang)" >&2
        exit 2
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/polku-fuzz.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then
    echo "fuzz: work folder $work (kept)"
else
    trap 'rm -rf "$work"' EXIT
fi

# The fronts stay on because bench/ is only configured with them; only the fuzz targets and
# the dozen files they test are built.
cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
    -DCMAKE_CXX_COMPILER=clang++ -DPOLKU_FUZZ=ON > "$work/configure.log" 2>&1 || {
    cat "$work/configure.log" >&2
    exit 2
}
cmake --build "$build_dir" -j1 --target "${targets[@]}"

# Seed corpora, copied so that what the fuzzer adds stays in the work folder.
mkdir -p "$work"/corpus/{fuzz_csv_import,fuzz_date,fuzz_time_of_day,fuzz_quantity}
cp "$root"/bench/fuzz/seeds/*.csv "$work/corpus/fuzz_csv_import/"
find "$root/tests/fixtures" -name '*.csv' -exec cp {} "$work/corpus/fuzz_csv_import/" \;
seed_values() {
    local dir=$work/corpus/$1 i=0
    shift
    for value in "$@"; do
        printf '%s' "$value" > "$dir/seed$((i++))"
    done
}
seed_values fuzz_date 2024-03-15 15.3.2024 15.03.2024 29.2.2024 2023-02-29 1.1.1900 \
    31.12.2999 31.4.2024 "2024-3-15" "15.3.24"
seed_values fuzz_time_of_day 09:00 9:00 9.00 23:59 0:00 24:00 12:60 "9 00"
seed_values fuzz_quantity 42 -3 1.5 1,5 0.75 "2 352,50" 2352.5 0.0166667 9223372036854775807 \
    "-1 000" 1.

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
summary=()
for target in "${targets[@]}"; do
    options=(-runs="$RUNS" -seed="$SEED" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$work/$target-")
    if [[ $target == fuzz_csv_import ]]; then
        options+=(-dict="$root/bench/fuzz/csv.dict")
    else
        options+=(-max_len=64)
    fi
    log=$work/$target.log
    echo "fuzz: $target, $RUNS runs"
    start=$(date +%s%N)
    if "$build_dir/bench/fuzz/$target" "${options[@]}" "$work/corpus/$target" > "$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
        tail -n 60 "$log" >&2
        KEEP=1
        trap - EXIT
        echo "fuzz: $target failed; input and log kept in $work" >&2
    fi
    elapsed_ms=$((($(date +%s%N) - start) / 1000000))
    seconds=$((elapsed_ms / 1000)).$(printf '%03d' $((elapsed_ms % 1000)))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    per_second=$((${runs:-0} * 1000 / (elapsed_ms > 0 ? elapsed_ms : 1)))
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    corpus=$(find "$work/corpus/$target" -type f | wc -l)
    summary+=("$(printf '%-18s %-7s %10s %8s %9s %6s %7s' "$target" "$result" "${runs:-?}" \
        "$seconds" "$per_second" "${coverage:-?}" "$corpus")")
done

printf '\n%-18s %-7s %10s %8s %9s %6s %7s\n' target result runs seconds "runs/s" cov corpus
printf '%s\n' "${summary[@]}"
exit $status
