#!/usr/bin/env bash
# Interactive tests: runs every tests/pty/*.pty scenario with the pty driver against a shell.
#
# usage: tests/pty/run.sh [--ref bash] [--pending] [-v] [MINISH] [SCENARIO_NAMES...]
#   MINISH        the shell (default: $BUILD/minish); scenarios start it as `@MINISH@ -i --norc`
#   --ref bash    run the scenarios against bash instead, to check the scenarios themselves;
#                 scenarios marked `# ref: minish` in their leading comments are skipped
#   --pending     also run tests/pty/pending/*.pty (scenarios for features not there yet)
#   -v            show the driver's full transcript of failing scenarios
# The driver is $BUILD/tests/helpers/ptydrive (BUILD defaults to build). With SAN=1 every
# time limit is tripled. Each scenario gets a fresh HOME=@TMP@ with TMPDIR=@TMP@/tmp, which must
# be empty again once the shell has ended (a shell still running at the end gets SIGHUP).
# Prints PASS/FAIL/SKIP per scenario and `pty: N passed, N failed`.
set -u

pty_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$pty_dir/../.." && pwd)
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
build=${BUILD:-build}
case $build in /*) ;; *) build=$repo_dir/$build ;; esac
driver=$build/tests/helpers/ptydrive

ref="" pending=0 verbose=0 shell_path="" names=()
while [ $# -gt 0 ]; do
    case $1 in
        --ref) [ $# -ge 2 ] || { echo "run.sh: --ref needs bash" >&2; exit 2; }; ref=$2; shift 2 ;;
        --pending) pending=1; shift ;;
        -v) verbose=1; shift ;;
        -*) echo "usage: tests/pty/run.sh [--ref bash] [--pending] [-v] [MINISH] [SCENARIOS...]" >&2; exit 2 ;;
        *) take_operand "$1"; shift ;;
    esac
done

if [ ! -x "$driver" ]; then
    echo "pty: the driver $driver is missing (make $build/tests/helpers/ptydrive)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/minish-pty.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP

case $ref in
    "")
        [ -n "$shell_path" ] || shell_path=$build/minish
        check_shell pty ;;
    bash)
        # bash wants its long options before -i: a wrapper drops --norc and passes the rest.
        shell_path=$work/bash-wrapper
        cat > "$shell_path" <<EOF
#!/bin/sh
for a; do shift; [ "\$a" = --norc ] || set -- "\$@" "\$a"; done
exec $(command -v bash) --norc --noprofile "\$@"
EOF
        chmod +x "$shell_path" ;;
    *) echo "pty: --ref must be bash" >&2; exit 2 ;;
esac

scale=1
[ "${SAN:-0}" = 1 ] && scale=3

scenarios=("$pty_dir"/*.pty)
[ $pending = 1 ] && scenarios+=("$pty_dir"/pending/*.pty)
# Every scenario, or those named (a full name, a file path or a prefix); an unknown name is an error.
selected=()
if [ ${#names[@]} -eq 0 ]; then
    for f in "${scenarios[@]}"; do [ -f "$f" ] && selected+=("$f"); done
fi
for n in ${names[@]+"${names[@]}"}; do
    n=$(basename "$n" .pty) found=0
    for f in "${scenarios[@]}"; do
        base=$(basename "$f" .pty)
        if [ -f "$f" ] && { [ "$base" = "$n" ] || [[ $base == "$n"-* ]]; }; then selected+=("$f"); found=1; fi
    done
    [ $found = 1 ] || { echo "pty: no scenario named '$n'" >&2; exit 2; }
done

passed=0 failed=0 skipped=0
for f in "${selected[@]}"; do
    name=$(basename "$f" .pty)
    [[ $f == */pending/* ]] && name="pending/$name"
    if [ -n "$ref" ] && sed -n '/^#/!q; p' "$f" | grep -qE '^#[[:space:]]*ref:[[:space:]]*minish'; then
        echo "SKIP $name (minish-specific)"
        skipped=$((skipped + 1))
        continue
    fi
    home=$work/home
    rm -rf "$home"; mkdir -p "$home/tmp"
    flags=(-s "$scale" -D MINISH="$shell_path" -D TMP="$home")
    [ $verbose = 1 ] && flags+=(-v)
    out=$("$driver" "${flags[@]}" "$f" 2>&1 < /dev/null)
    rc=$?
    if [ $rc = 0 ] && [ -n "$(ls -A "$home/tmp" 2>/dev/null)" ]; then
        out="files left in TMPDIR after the shell ended: $(ls -A "$home/tmp" | head -n 5 | tr '\n' ' ')"
        rc=1
    fi
    if [ $rc = 0 ]; then
        echo "PASS $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        printf '%s\n' "$out" | head -n 80 | sed 's/^/    /'
        failed=$((failed + 1))
    fi
    chmod -R u+rwx "$home" 2>/dev/null
    rm -rf "$home"
done

if [ $skipped -gt 0 ]; then
    echo "pty: $passed passed, $failed failed, $skipped skipped"
else
    echo "pty: $passed passed, $failed failed"
fi
[ $failed -eq 0 ]
