#!/usr/bin/env bash
# Whole-shell case runner: runs tests/cases/NNN-topic.sh under minish (or dash/bash with --ref)
# and compares stdout, stderr and exit status; also checks no process or $TMPDIR file outlives a case.
#
# usage: tests/cases/run.sh [--ref dash|bash] [-j JOBS] [--dir DIR] [SHELL_PATH] [CASE_NAMES...]
#   SHELL_PATH  shell to test (default: build/minish); with --ref, the reference shell is used
#   --dir DIR   take the cases from DIR instead of tests/cases (to test the runner itself)
#   CASE_NAMES  001-foo, 001-foo.sh, tests/cases/001-foo.sh or a prefix such as 001 (default: all)
# A case NNN-topic.sh needs NNN-topic.out (expected stdout); NNN-topic.err (expected stderr,
# checked only without --ref) and NNN-topic.status (expected status, default 0) are optional.
# Directives in the leading comment lines: `# ref: bash` (skipped under --ref dash),
# `# ref: dash` (a POSIX point where bash differs: skipped under --ref bash),
# `# ref: minish` (skipped under any --ref), `# timeout: N` (seconds, default 10),
# `# requires: no-sanitizer` (skipped, with the reason, when the shell is built with ASan,
# which cannot run under `ulimit -v` and whose stack frames are several times larger).
# Prints PASS/FAIL/SKIP per case and `cases: N passed, N failed, N skipped`; exits 1 on failure.
set -u

cases_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$cases_dir/../.." && pwd)
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

ref=""
jobs=2
shell_path=""
names=()

usage() {
    echo "usage: tests/cases/run.sh [--ref dash|bash] [-j JOBS] [--dir DIR] [SHELL_PATH] [CASE_NAMES...]" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case $1 in
        --ref) [ $# -ge 2 ] || usage; ref=$2; shift 2 ;;
        --ref=*) ref=${1#--ref=}; shift ;;
        --dir) [ $# -ge 2 ] || usage; cases_dir=$(cd "$2" && pwd) || exit 2; shift 2 ;;
        -j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
        -j*) jobs=${1#-j}; shift ;;
        -h|--help) usage ;;
        --) shift; names+=("$@"); break ;;
        -*) echo "run.sh: unknown option: $1" >&2; usage ;;
        *) take_operand "$1"; shift ;;
    esac
done

case $ref in
    "") ;;
    dash|bash) [ -n "$shell_path" ] || shell_path=$(command -v "$ref") ||
                   { echo "run.sh: $ref is not installed" >&2; exit 2; } ;;
    *) echo "run.sh: --ref must be dash or bash, not '$ref'" >&2; exit 2 ;;
esac
[ -n "$shell_path" ] || shell_path=$repo_dir/build/minish
check_shell run.sh
[[ $jobs =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: -j needs a positive number" >&2; exit 2; }

# Time limits are stretched under the sanitizers, which make the shell several times slower.
timeout_scale=${CASE_TIMEOUT_SCALE:-1}
[ "${SAN:-0}" = 1 ] && [ -z "${CASE_TIMEOUT_SCALE:-}" ] && timeout_scale=3
user=$(id -un)
# A shell built with AddressSanitizer (make check) reserves terabytes of address space.
sanitized=0
{ [ "${SAN:-0}" = 1 ] || grep -qa __asan_init "$shell_path"; } && sanitized=1

# --- select the cases -------------------------------------------------------------------
select_cases "$cases_dir" run.sh ${names[@]+"${names[@]}"}

work=$(mktemp -d "${TMPDIR:-/tmp}/minish-cases.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'kill $(jobs -p) 2>/dev/null; exit 130' INT TERM HUP

# directive NAME FILE: prints the value of `# NAME: value` in the leading comment lines of FILE.
directive() {
    local line
    while IFS= read -r line; do
        [[ $line == \#* ]] || break
        if [[ $line =~ ^#[[:space:]]*$1:[[:space:]]*([^[:space:]]+) ]]; then
            printf '%s\n' "${BASH_REMATCH[1]}"
            return
        fi
    done < "$2"
}

# session_procs SID: prints "pid stat command" for every live process in session SID.
session_procs() {
    ps -e -o sid=,pid=,stat=,args= 2>/dev/null |
        awk -v sid="$1" '$1 == sid && $3 !~ /^Z/ { $1 = ""; sub(/^ /, ""); print }'
}

# close_fds: closes every fd above 2 of the current (sub)shell, so a case sees only 0, 1 and 2.
close_fds() {
    local fd
    for fd in /proc/$BASHPID/fd/*; do
        fd=${fd##*/}
        if [ "$fd" -gt 2 ] 2>/dev/null; then exec {fd}>&-; fi
    done 2>/dev/null
}

# show_diff LABEL EXPECTED ACTUAL: a short unified diff, indented.
show_diff() {
    diff -u --label "expected $1" --label "actual $1" "$2" "$3" | head -n 20 | sed 's/^/    /'
}

# run_case NAME RESULT: runs one case and writes its report (first line PASS/FAIL/SKIP) to RESULT.
run_case() {
    local name=$1 result=$2 src=$cases_dir/$1.sh
    local dir=$work/$name out err status sid tmo want_status=0 reasons=()
    local kind
    kind=$(directive ref "$src")
    if [ -n "$ref" ] && [ "$kind" = minish ]; then
        echo "SKIP $name (minish-specific)" > "$result.tmp"; mv "$result.tmp" "$result"; return
    fi
    if [ "$ref" = dash ] && [ "$kind" = bash ]; then
        echo "SKIP $name (bash behaviour)" > "$result.tmp"; mv "$result.tmp" "$result"; return
    fi
    if [ "$ref" = bash ] && [ "$kind" = dash ]; then
        echo "SKIP $name (POSIX point where bash differs)" > "$result.tmp"; mv "$result.tmp" "$result"; return
    fi
    if [ "$(directive requires "$src")" = no-sanitizer ] && [ $sanitized = 1 ]; then
        echo "SKIP $name (needs a shell built without sanitizers: ASan cannot run under ulimit -v, and its stack frames are larger)" \
            > "$result.tmp"; mv "$result.tmp" "$result"; return
    fi
    case_body > "$result.tmp" 2>&1
    mv "$result.tmp" "$result"
    chmod -R u+rwx "$dir" 2>/dev/null
    rm -rf "$dir"
}

# case_body: runs case $name (a run_case local) and prints its report.
case_body() {
    if [ ! -f "$cases_dir/$name.out" ]; then
        echo "FAIL $name"; echo "  missing $name.out"
        return
    fi
    tmo=$(directive timeout "$src"); tmo=${tmo:-10}
    [[ $tmo =~ ^[0-9]+$ ]] || tmo=10
    tmo=$((tmo * timeout_scale))
    if [ -f "$cases_dir/$name.status" ]; then
        want_status=$(tr -d ' \t\n' < "$cases_dir/$name.status")
    fi
    mkdir -p "$dir/home/tmp" "$dir/res"
    cp "$src" "$dir/home/t.sh"
    out=$dir/res/stdout; err=$dir/res/stderr
    # sh -c: records its own pid, which is the session id after setsid, then becomes the case.
    (close_fds; cd "$dir/home" && exec setsid -w sh -c 'echo $$ > "$0"; exec "$@"' "$dir/res/sid" \
        timeout -k 2 "$tmo" env -i HOME="$dir/home" PATH=/usr/local/bin:/usr/bin:/bin \
        LC_ALL=C TERM=dumb TMPDIR="$dir/home/tmp" USER="$user" LOGNAME="$user" \
        ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} \
        ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} \
        ${LSAN_OPTIONS:+LSAN_OPTIONS="$LSAN_OPTIONS"} \
        "$shell_path" t.sh < /dev/null > "$out" 2> "$err")
    status=$?
    sid=$(cat "$dir/res/sid" 2>/dev/null)

    if [ "$status" != "$want_status" ] && { [ $status = 124 ] || [ $status = 137 ]; }; then
        reasons+=("  timed out after ${tmo}s")
    elif [ "$status" != "$want_status" ]; then
        reasons+=("  exit status $status, expected $want_status")
    fi
    if ! cmp -s "$cases_dir/$name.out" "$out"; then
        reasons+=("  stdout differs:" "$(show_diff stdout "$cases_dir/$name.out" "$out")")
    fi
    if [ -z "$ref" ] && [ -f "$cases_dir/$name.err" ]; then
        if ! cmp -s "$cases_dir/$name.err" "$err"; then
            reasons+=("  stderr differs:" "$(show_diff stderr "$cases_dir/$name.err" "$err")")
        fi
    elif [ -s "$err" ] && [ -z "$ref" ] && grep -qE 'Sanitizer|runtime error:' "$err"; then
        reasons+=("  sanitizer report on stderr:" "$(head -n 20 "$err" | sed 's/^/    /')")
    fi

    # Leftovers: processes of the case's session (give exiting ones a moment), files in TMPDIR.
    if [ -n "$sid" ]; then
        local left tries=0
        left=$(session_procs "$sid")
        while [ -n "$left" ] && [ $tries -lt 10 ]; do
            sleep 0.05; tries=$((tries + 1)); left=$(session_procs "$sid")
        done
        if [ -n "$left" ]; then
            reasons+=("  processes left behind:" "$(printf '%s\n' "$left" | head -n 10 | sed 's/^/    /')")
            local pid
            for pid in $(printf '%s\n' "$left" | awk '{ print $1 }'); do
                kill -KILL "$pid" 2>/dev/null
            done
        fi
    else
        reasons+=("  could not start the case (no session id)")
    fi
    if [ -n "$(ls -A "$dir/home/tmp" 2>/dev/null)" ]; then
        reasons+=("  files left in TMPDIR:" "$(cd "$dir/home/tmp" && ls -A | head -n 10 | sed 's/^/    /')")
    fi

    if [ ${#reasons[@]} -eq 0 ]; then
        echo "PASS $name"
    else
        echo "FAIL $name"
        printf '%s\n' "${reasons[@]}"
        if [ -s "$err" ] && { [ -n "$ref" ] || [ ! -f "$cases_dir/$name.err" ]; }; then
            echo "  stderr (first lines):"; head -n 5 "$err" | sed 's/^/    /'
        fi
    fi
}

# --- run, at most $jobs at a time, reporting in case order ------------------------------
passed=0 failed=0 skipped=0 next=0 running=0
total=${#selected[@]}

# report_ready: prints the results that are complete, in order, and counts them.
report_ready() {
    local r
    while [ $next -lt $total ] && [ -f "$work/r.$next" ]; do
        r=$work/r.$next
        cat "$r"
        case $(head -c 4 "$r") in
            PASS) passed=$((passed + 1)) ;;
            SKIP) skipped=$((skipped + 1)) ;;
            *) failed=$((failed + 1)) ;;
        esac
        rm -f "$r"
        next=$((next + 1))
    done
}

for i in "${!selected[@]}"; do
    if [ $running -ge "$jobs" ]; then
        wait -n 2>/dev/null
        running=$((running - 1))
        report_ready
    fi
    run_case "${selected[$i]}" "$work/r.$i" &
    running=$((running + 1))
done
wait
report_ready
# A runner process that died without writing its result counts as a failure.
while [ $next -lt $total ]; do
    echo "FAIL ${selected[$next]}"; echo "  the runner lost this case's result"
    failed=$((failed + 1)); next=$((next + 1))
done

echo "cases: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
