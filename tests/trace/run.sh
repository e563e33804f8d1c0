#!/usr/bin/env bash
# Acceptance check "tracing on never changes what a command does": runs the whole-shell cases
# (tests/cases) with minish started as `minish --fdtrace`, its trace sent to a file descriptor
# opened on /dev/null (MINISH_TRACEFD), and compares stdout and exit status with the cases'
# expectations (stderr aside: the cases' .err files are not checked here).
#
# usage: tests/trace/run.sh [-j JOBS] [MINISH] [CASE_NAMES...]
#   MINISH      the shell (default: $BUILD/minish, BUILD defaults to build)
#   CASE_NAMES  as for tests/cases/run.sh (default: all cases)
# Prints PASS/FAIL/SKIP per case and ends with `trace: N passed, N failed, N skipped`; exits 1
# when a case failed. SAN=1 and the *SAN_OPTIONS variables are passed on to tests/cases/run.sh.
set -u

trace_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$trace_dir/../.." && pwd)
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
cases_dir=$repo_dir/tests/cases
build=${BUILD:-build}
case $build in /*) ;; *) build=$repo_dir/$build ;; esac

# The fd the wrapper opens on /dev/null for the trace: above 9 and used by no case (cases use
# 0-9 and 99), so no case's own redirection can replace it.
trace_fd=57

# Cases that legitimately differ with this set-up, each with its reason. Keep this list short.
declare -A skip_reason=(
    # `ls /proc/self/fd` in children: they also see fd 57, the wrapper's /dev/null that
    # MINISH_TRACEFD names (it is the harness's fd, inherited like any other; the shell's own
    # copy of it is close-on-exec and is not listed).
    [213-fd-hygiene-pipeline-cmdsubst-background]="children also list the harness's fd $trace_fd"
    [305-redir-saved-fds-not-leaked]="children also list the harness's fd $trace_fd"
)

usage() {
    echo "usage: tests/trace/run.sh [-j JOBS] [MINISH] [CASE_NAMES...]" >&2
    exit 2
}

jobs=2 shell_path="" names=()
while [ $# -gt 0 ]; do
    case $1 in
        -j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
        -j*) jobs=${1#-j}; shift ;;
        -h|--help) usage ;;
        -*) echo "trace: unknown option: $1" >&2; usage ;;
        *) take_operand "$1"; shift ;;
    esac
done
[ -n "$shell_path" ] || shell_path=$build/minish
check_shell trace
bash_path=$(command -v bash) || { echo "trace: bash is needed for the wrapper" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/minish-trace.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP

# The wrapper: tests/cases/run.sh starts the shell with `env -i`, so MINISH_TRACEFD is set here.
wrapper=$work/minish-fdtrace
cat > "$wrapper" <<EOF
#!$bash_path
# minish --fdtrace with its trace going to fd $trace_fd, opened on /dev/null
exec $trace_fd>/dev/null
MINISH_TRACEFD=$trace_fd exec '$shell_path' --fdtrace "\$@"
EOF
chmod +x "$wrapper"

# uses_traces FILE: true for a minish-only case whose expectations are traces or trace options
# (tests/cases/7NN-trace-*): the wrapper's MINISH_TRACEFD and --fdtrace change them on purpose.
uses_traces() {
    sed -n '/^#/!q; p' "$1" | grep -qE '^#[[:space:]]*ref:[[:space:]]*minish' &&
        grep -qE 'fdtrace|jobtrace|dumpast|MINISH_TRACEFD' "$1"
}

# --- select the cases -------------------------------------------------------------------
select_cases "$cases_dir" trace ${names[@]+"${names[@]}"}

run=() skipped=0
for c in "${selected[@]}"; do
    if [ -n "${skip_reason[$c]+set}" ]; then
        echo "SKIP $c (${skip_reason[$c]})"
        skipped=$((skipped + 1))
    elif uses_traces "$cases_dir/$c.sh"; then
        echo "SKIP $c (its expectations are traces)"
        skipped=$((skipped + 1))
    else
        run+=("$c")
    fi
done

passed=0 failed=0
if [ ${#run[@]} -gt 0 ]; then
    # Only stdout and status count: .err files are moved aside for this run, by giving
    # tests/cases/run.sh a copy of the case directory without them.
    mkdir "$work/cases"
    for c in "${run[@]}"; do
        cp "$cases_dir/$c.sh" "$cases_dir/$c.out" "$work/cases/" 2>/dev/null
        [ -f "$cases_dir/$c.status" ] && cp "$cases_dir/$c.status" "$work/cases/"
    done
    "$cases_dir/run.sh" -j "$jobs" --dir "$work/cases" "$wrapper" "${run[@]}" > "$work/result" 2>&1
    rc=$?
    grep -v -E '^cases: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$work/result"
    line=$(grep -E '^cases: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$work/result" | tail -n 1)
    if [[ $line =~ ^cases:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed,\ ([0-9]+)\ skipped$ ]]; then
        passed=${BASH_REMATCH[1]}
        failed=${BASH_REMATCH[2]}
        skipped=$((skipped + BASH_REMATCH[3]))
    else
        echo "FAIL (tests/cases/run.sh gave no summary, exit status $rc)"
        failed=$((failed + 1))
    fi
fi

echo "trace: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
