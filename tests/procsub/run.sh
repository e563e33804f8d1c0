#!/usr/bin/env bash
# Process-substitution tests that do not fit the case format: a non-interactive minish
# killed by SIGTERM / SIGINT / SIGHUP while a process substitution is live must leave no
# FIFO, no private directory and no process behind, and a producer nobody reads is ended.
#
# usage: tests/procsub/run.sh [MINISH]   (default: build/minish)
# Prints PASS/FAIL per test and `procsub: N passed, N failed`; exits 1 if any failed.
set -u

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
minish=${1:-$repo_dir/build/minish}
if [ ! -x "$minish" ] || [ -d "$minish" ]; then
    echo "procsub: '$minish' is not an executable file" >&2
    exit 2
fi
minish=$(realpath "$minish")

work=$(mktemp -d "${TMPDIR:-/tmp}/minish-procsub.XXXXXX") || exit 2
current_sid=""
# cleanup: ends whatever a test left running (by its session id), removes the work dir.
cleanup() {
    [ -n "$current_sid" ] && kill_session "$current_sid"
    chmod -R u+rwx "$work" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

passed=0 failed=0

# session_procs SID: prints "pid stat args" for every live (non-zombie) process in session SID.
session_procs() {
    ps -e -o sid=,pid=,stat=,args= 2>/dev/null |
        awk -v sid="$1" '$1 == sid && $3 !~ /^Z/ { $1 = ""; sub(/^ /, ""); print }'
}

# kill_session SID: SIGKILLs every process still in session SID.
kill_session() {
    local pid
    for pid in $(session_procs "$1" | awk '{ print $1 }'); do
        kill -KILL "$pid" 2>/dev/null
    done
}

# alive PID: true while PID exists and is not a zombie.
alive() {
    local state
    state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ $state != Z* ]]
}

# poll SECONDS COMMAND...: runs COMMAND every 50 ms until it succeeds or SECONDS pass.
poll() {
    local tries=$(($1 * 20))
    shift
    while ! "$@"; do
        tries=$((tries - 1))
        [ $tries -gt 0 ] || return 1
        sleep 0.05
    done
}

# has_fifo DIR: true when a FIFO exists somewhere under DIR.
has_fifo() {
    [ -n "$(find "$1" -type p 2>/dev/null | head -n 1)" ]
}

# has_sleep SID: true when `sleep 10` runs in session SID.
has_sleep() {
    session_procs "$1" | awk '$3 == "sleep" && $4 == "10" { found = 1 } END { exit !found }'
}

# no_procs SID: true when session SID has no live process left.
no_procs() {
    [ -z "$(session_procs "$1")" ]
}

# report NAME REASONS...: prints PASS or FAIL with the reasons, and counts it.
report() {
    local name=$1
    shift
    if [ $# -eq 0 ]; then
        echo "PASS $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name"
        printf '%s\n' "$@" | sed 's/^/  /'
        failed=$((failed + 1))
    fi
}

# start DIR SCRIPT: starts minish -c SCRIPT in a new session with a private TMPDIR (DIR/tmp),
# default dispositions for the signals under test, stdin /dev/null; sets shell_pid to the
# shell's pid, which is also its session id.  The shell is a child of this script.
# Returns 1 if the shell's pid is not its session id (then nothing could be checked).
start() {
    local dir=$1 script=$2
    mkdir -p "$dir/tmp"
    # A background job of a non-interactive bash starts with SIGINT ignored; env resets it.
    # setsid does not fork here (a background job is not a group leader), so $! is the shell.
    setsid env -i --default-signal=INT,TERM,HUP HOME="$dir" PATH=/usr/local/bin:/usr/bin:/bin \
        LC_ALL=C TMPDIR="$dir/tmp" "$minish" -c "$script" < /dev/null > "$dir/out" 2> "$dir/err" &
    shell_pid=$!
    current_sid=$shell_pid
    # A quick script may already be gone (and reaped into a zombie-free state) by the first look.
    poll 1 own_session_or_gone "$shell_pid"
}

# own_session_or_gone PID: PID leads its own session, or has already finished.
own_session_or_gone() {
    own_session "$1" || ! alive "$1"
}

# own_session PID: true when PID leads its own session.
own_session() {
    [ "$(ps -o sid= -p "$1" 2>/dev/null | tr -d ' ')" = "$1" ]
}

# finish DIR NAME REASONS...: checks for leftovers, cleans up, and reports the test.
finish() {
    local dir=$1 name=$2
    shift 2
    local reasons=("$@") left saved_err
    # bash reports a job killed by SIGKILL on its stderr: silence that while cleaning up.
    exec {saved_err}>&2 2>/dev/null
    if ! poll 1 no_procs "$shell_pid"; then
        left=$(session_procs "$shell_pid")
        reasons+=("processes left behind:" "$(printf '%s\n' "$left" | sed 's/^/  /')")
        kill_session "$shell_pid"
    fi
    if [ -n "$(find "$dir/tmp" -mindepth 1 2>/dev/null | head -n 1)" ]; then
        reasons+=("left in TMPDIR:" "$(cd "$dir/tmp" && find . -mindepth 1 | sed 's/^/  /')")
    fi
    if grep -q not-reached "$dir/out" 2>/dev/null; then
        reasons+=("the shell went on after the signal")
    fi
    if [ ${#reasons[@]} -ne 0 ] && [ -s "$dir/err" ]; then
        reasons+=("stderr:" "$(head -n 5 "$dir/err" | sed 's/^/  /')")
    fi
    alive "$shell_pid" && kill -KILL "$shell_pid"
    wait "$shell_pid"
    exec 2>&"$saved_err" {saved_err}>&-
    current_sid=""
    report "$name" "${reasons[@]}"
}

# signal_test NAME SIGNAL SCRIPT WAIT_FIFO: starts SCRIPT, waits until `sleep 10` runs (and,
# if WAIT_FIFO is 1, a FIFO exists), sends SIGNAL to the shell only and checks that the shell
# dies of it (status 128+N) within 2 s, leaving nothing behind.
signal_test() {
    local name=$1 sig=$2 script=$3 wait_fifo=$4
    local dir=$work/$name signo status reasons=()
    signo=$(kill -l "$sig")
    if ! start "$dir" "$script"; then
        reasons+=("could not start the shell in its own session")
    elif ! poll 3 has_sleep "$shell_pid" ||
       { [ "$wait_fifo" = 1 ] && ! poll 3 has_fifo "$dir/tmp"; }; then
        reasons+=("the substitution did not start within 3 s")
    else
        kill -s "$sig" "$shell_pid"
        if poll 2 eval '! alive "$shell_pid"'; then
            wait "$shell_pid"
            status=$?
            [ "$status" = $((128 + signo)) ] ||
                reasons+=("exit status $status, expected $((128 + signo)) (SIG$sig)")
        else
            reasons+=("the shell was still running 2 s after SIG$sig")
        fi
    fi
    finish "$dir" "$name" "${reasons[@]}"
}

# exit_test NAME SCRIPT EXPECTED_OUTPUT: SCRIPT must end by itself within 3 s with status 0,
# print EXPECTED_OUTPUT and leave nothing behind.
exit_test() {
    local name=$1 script=$2 expected=$3
    local dir=$work/$name status reasons=()
    if ! start "$dir" "$script"; then
        reasons+=("could not start the shell in its own session")
    elif poll 3 eval '! alive "$shell_pid"'; then
        wait "$shell_pid"
        status=$?
        [ "$status" = 0 ] || reasons+=("exit status $status, expected 0")
        [ "$(cat "$dir/out")" = "$expected" ] ||
            reasons+=("stdout: [$(cat "$dir/out")], expected [$expected]")
    else
        reasons+=("the shell was still running after 3 s")
    fi
    finish "$dir" "$name" "${reasons[@]}"
}

for sig in TERM INT HUP; do
    signal_test "sig$sig-input" "$sig" 'cat <(sleep 10); echo not-reached' 1
done
for sig in TERM INT HUP; do
    signal_test "sig$sig-output" "$sig" 'echo x > >(sleep 10); echo not-reached' 0
done
signal_test sigTERM-nested TERM 'cat <(cat <(sleep 10)); echo not-reached' 1
signal_test sigTERM-several TERM 'cat <(sleep 10) <(sleep 10) >(sleep 10); echo not-reached' 1

exit_test unread-producer 'echo <(sleep 10) > /dev/null; echo done' done
exit_test unread-producers-in-loop \
    'for i in 1 2 3; do : <(sleep 10) <(sleep 10); done; echo done' done
exit_test exit-after-procsub 'cat <(echo x); exit; echo not-reached' x

echo "procsub: $passed passed, $failed failed"
[ $failed -eq 0 ]
