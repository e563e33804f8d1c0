#!/usr/bin/env bash
# run.sh - builds the libFuzzer targets (tests/fuzz/fuzz_*.c) with the Makefile's own flags
# (`make fuzz-bins BUILD=build-fuzz CC=clang SAN=1 FUZZ=1`) and runs them one after another.
#
# usage: bash tests/fuzz/run.sh [--regress] [TARGET...]     (TARGET: fuzz_expand or expand)
#   default    each target fuzzes for $FUZZ_SECONDS (default 60) from its seeds (tests/fuzz/seeds.sh,
#              from tests/cases), tests/fuzz/corpus/NAME and what earlier runs found, kept in
#              build-fuzz/corpus/NAME; prints the runs made and the corpus size; exits 1 when a
#              target crashed, leaked, hung or could not be built (`make fuzz`).
#   --regress  the test layer (tests/run-all.sh, under make check): each target runs every seed
#              and every input of tests/fuzz/corpus/NAME, then mutates them for $FUZZ_SECONDS
#              (default 5) into a scratch corpus; prints `fuzz: N passed, N failed[, N skipped]`.
# Without clang or libFuzzer nothing can run: the run says so and fails; --regress counts every
# target as skipped (never as passed). An input running over 30 s counts as a hang (a million-word
# brace expansion takes 10 s under the sanitizers). Never reads stdin.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
repo=$PWD
regress=0
if [ "${1:-}" = --regress ]; then
    regress=1
    shift
fi
if [ $regress = 1 ]; then seconds=${FUZZ_SECONDS:-5}; else seconds=${FUZZ_SECONDS:-60}; fi
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: FUZZ_SECONDS must be a positive number" >&2; exit 2; }
out=$repo/build-fuzz
cc=${FUZZ_CC:-clang}

targets=()
if [ $# = 0 ]; then
    for src in tests/fuzz/fuzz_*.c; do targets+=("$(basename "$src" .c)"); done
else
    for name in "$@"; do
        name=fuzz_${name#fuzz_}
        [ -f "tests/fuzz/$name.c" ] || { echo "fuzz: no target $name (tests/fuzz/$name.c)" >&2; exit 2; }
        targets+=("$name")
    done
fi

# cannot_run REASON: says why nothing runs; --regress counts every target as skipped.
cannot_run() {
    echo "fuzz: $1" >&2
    if [ $regress = 1 ]; then
        echo "fuzz: SKIPPED ${#targets[@]} targets: ${targets[*]}"
        echo "fuzz: 0 passed, 0 failed, ${#targets[@]} skipped"
        exit 0
    fi
    exit 1
}

probe=$(mktemp -d "${TMPDIR:-/tmp}/minish-fuzz-probe.XXXXXX") || exit 2
trap 'rm -rf "$probe"' EXIT
command -v "$cc" >/dev/null 2>&1 ||
    cannot_run "$cc not found (Debian: apt-get install clang libclang-rt-14-dev)"
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' > "$probe/p.c"
"$cc" -fsanitize=fuzzer,address,undefined "$probe/p.c" -o "$probe/p" > "$probe/log" 2>&1 ||
    cannot_run "$cc cannot build a libFuzzer program (Debian: apt-get install libclang-rt-14-dev): $(head -n 3 "$probe/log")"

if ! make --no-print-directory -j2 BUILD=build-fuzz CC="$cc" SAN=1 FUZZ=1 \
        "${targets[@]/#/build-fuzz/tests/fuzz/}" > "$probe/build.log" 2>&1; then
    tail -n 30 "$probe/build.log" >&2
    echo "fuzz: the targets do not build (make fuzz-bins BUILD=build-fuzz CC=$cc SAN=1 FUZZ=1)"
    [ $regress = 1 ] && echo "fuzz: 0 passed, 1 failed"
    exit 1
fi
bash tests/fuzz/seeds.sh "$out/seeds" > /dev/null || exit 2

pass=0 fail=0
for name in "${targets[@]}"; do
    if [ $regress = 1 ]; then
        corpus=$probe/corpus-$name
    else
        corpus=$out/corpus/$name
    fi
    mkdir -p "$corpus"
    dirs=("$corpus" "$out/seeds/$name")
    [ -d "tests/fuzz/corpus/$name" ] && dirs+=("$repo/tests/fuzz/corpus/$name")
    opts=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -close_fd_mask=3
          -print_final_stats=1 -artifact_prefix="$out/$name-")
    [ -f "tests/fuzz/$name.dict" ] && opts+=(-dict="$repo/tests/fuzz/$name.dict")
    log=$out/$name.log
    echo "fuzz: $name for ${seconds}s"
    if "$out/tests/fuzz/$name" "${opts[@]}" "${dirs[@]}" < /dev/null > "$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1)
        corp=$(sed -nE 's/.* corp: ([0-9]+)\/([0-9a-zA-Z]+).*/\1 inputs (\2)/p' <<< "$done_line")
        cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$done_line")
        echo "PASS $name: ${runs:-?} runs in ${seconds}s, corpus ${corp:-?}, coverage ${cov:-?} edges"
        pass=$((pass + 1))
    else
        echo "FAIL $name (log $log; the input is in $out/$name-*)"
        grep -E 'ERROR|SUMMARY|fuzz_[a-z]+: |Test unit written' "$log" | head -n 10 | sed 's/^/    /'
        fail=$((fail + 1))
    fi
done
if [ $regress = 1 ]; then
    echo "fuzz: $pass passed, $fail failed"
else
    echo "fuzz: $pass targets passed, $fail failed"
fi
[ $fail = 0 ]
