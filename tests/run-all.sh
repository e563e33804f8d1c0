#!/usr/bin/env bash
# Runs every test layer (binary, unit, cases, pty, ipc, procsub, trace) and ends with one line `N passed, N failed`.
#
# usage: BUILD=build [SAN=1] bash tests/run-all.sh      (called by `make test` and `make check`)
#   binary $BUILD/minish is hardened: PIE, RELRO, BIND_NOW, stack protector (readelf)
#   unit   every executable $BUILD/tests/unit/test_* (cmocka; a crash counts as a failure)
#   cases  tests/cases/run.sh $BUILD/minish
#   pty    tests/pty/run.sh $BUILD/minish
#   ipc    tests/ipc/run.sh $BUILD/minish
#   procsub tests/procsub/run.sh $BUILD/minish (signals and leaks)
#   trace  tests/trace/run.sh $BUILD/minish (every case again under --fdtrace)
#   fuzz   with SAN=1 only (make check): tests/fuzz/run.sh --regress, each libFuzzer target for
#          a few seconds on its seeds and corpus (skipped, and counted so, without clang)
# Each layer prints `LAYER: N passed, N failed[, N skipped]`; a layer that cannot run (no such
# line) counts as one failure. Exits 1 if anything failed. Never reads stdin.
set -u

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir" || exit 2
build=${BUILD:-build}
case $build in /*) ;; *) build=$repo_dir/$build ;; esac
export BUILD=$build

if [ "${SAN:-0}" = 1 ]; then
    export SAN=1
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
export CMOCKA_MESSAGE_OUTPUT=STDOUT
unit_timeout=120
[ "${SAN:-0}" = 1 ] && unit_timeout=600

work=$(mktemp -d "${TMPDIR:-/tmp}/minish-run-all.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP

total_pass=0 total_fail=0 total_skip=0

# add_summary LAYER FILE RC: adds the counts of FILE's `LAYER: ...` line to the totals; a missing
# line, or a failing exit status with no failure counted, is one failure of the layer.
add_summary() {
    local layer=$1 file=$2 rc=$3 line
    line=$(grep -E "^$layer: [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$" "$file" | tail -n 1)
    if [ -z "$line" ]; then
        echo "$layer: could not run (exit status $rc, no summary line)"
        total_fail=$((total_fail + 1))
        return
    fi
    local re="^$layer: ([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?$"
    [[ $line =~ $re ]]
    total_pass=$((total_pass + BASH_REMATCH[1]))
    total_fail=$((total_fail + BASH_REMATCH[2]))
    total_skip=$((total_skip + ${BASH_REMATCH[4]:-0}))
    if [ "$rc" != 0 ] && [ "${BASH_REMATCH[2]}" = 0 ]; then
        echo "$layer: exited with status $rc although it counted no failure"
        total_fail=$((total_fail + 1))
    fi
}

# run_layer LAYER COMMAND...: runs one layer with its output shown, then adds its summary.
run_layer() {
    local layer=$1 rc
    shift
    echo "=== $layer ==="
    "$@" < /dev/null 2>&1 | tee "$work/$layer.out"
    rc=${PIPESTATUS[0]}
    add_summary "$layer" "$work/$layer.out" "$rc"
}

# unit_layer: runs each cmocka program and prints `unit: N passed, N failed`.
unit_layer() {
    local pass=0 fail=0 bin out rc p f started finished
    for bin in "$build"/tests/unit/test_*; do
        [ -f "$bin" ] && [ -x "$bin" ] || continue
        echo "--- $(basename "$bin")"
        out=$work/unit.$(basename "$bin")
        timeout -k 5 "$unit_timeout" "$bin" < /dev/null > "$out" 2>&1
        rc=$?
        cat "$out"
        p=$(sed -nE 's/^\[  PASSED  \] ([0-9]+) test\(s\)\..*/\1/p' "$out" | awk '{ s += $1 } END { print s + 0 }')
        f=$(sed -nE 's/^\[  FAILED  \] ([0-9]+) test\(s\).*/\1/p' "$out" | awk '{ s += $1 } END { print s + 0 }')
        # cmocka exits with the number of failed tests; anything else is a crash, an abort, a
        # sanitizer report or a time-out: one more failure.
        started=$(grep -cE '^\[==========\] (.*: )?Running [0-9]+ test' "$out")
        finished=$(grep -cE '^\[==========\] (.*: )?[0-9]+ test\(s\) run\.' "$out")
        if [ "$started" != "$finished" ] || { [ "$rc" != 0 ] && [ "$f" = 0 ]; } ||
           grep -qE 'ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:' "$out"; then
            echo "--- $(basename "$bin"): abnormal end (exit status $rc; $started group(s) started, $finished finished)"
            f=$((f + 1))
        elif [ "$p" = 0 ] && [ "$f" = 0 ]; then
            echo "--- $(basename "$bin"): no cmocka summary"
            f=1
        fi
        pass=$((pass + p)); fail=$((fail + f))
    done
    echo "unit: $pass passed, $fail failed"
    [ $fail = 0 ]
}

# binary_layer: the shell is built hardened (position-independent, RELRO, bound at start).
binary_layer() {
    local pass=0 fail=0 bin=$build/minish
    check() {
        if "$@"; then pass=$((pass + 1)); else echo "FAIL binary: $desc"; fail=$((fail + 1)); fi
    }
    desc="PIE (ELF type DYN)"; check grep -q 'Type:[[:space:]]*DYN' <(readelf -h "$bin")
    desc="RELRO segment"; check grep -q 'GNU_RELRO' <(readelf -l "$bin")
    desc="BIND_NOW"; check grep -qE 'BIND_NOW|Flags:.*NOW' <(readelf -d "$bin")
    desc="stack protector"; check grep -q '__stack_chk_fail' <(readelf -s "$bin")
    echo "binary: $pass passed, $fail failed"
    [ $fail = 0 ]
}

run_layer binary binary_layer
run_layer unit unit_layer
run_layer cases bash tests/cases/run.sh "$build/minish"
run_layer pty bash tests/pty/run.sh "$build/minish"
run_layer ipc bash tests/ipc/run.sh "$build/minish"
run_layer procsub bash tests/procsub/run.sh "$build/minish"
run_layer trace bash tests/trace/run.sh "$build/minish"
[ "${SAN:-0}" = 1 ] && run_layer fuzz bash tests/fuzz/run.sh --regress

echo
if [ $total_skip -gt 0 ]; then
    echo "$total_pass passed, $total_fail failed, $total_skip skipped"
else
    echo "$total_pass passed, $total_fail failed"
fi
[ $total_fail -eq 0 ]
