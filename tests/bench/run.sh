#!/usr/bin/env bash
# Benchmarks (not tests): runs the same workloads under minish and a reference shell in one run
# and prints each time and the ratio minish/reference (below 1.00 means minish is faster).
#
# usage: tests/bench/run.sh [MINISH]      (`make bench`; MINISH defaults to build/minish)
#   BENCH_RUNS=N   runs per workload and shell (default 10; the best run counts)
#   BENCH_ONLY="a d"   only these workloads
# The two shells run in turns (minish, reference, minish, ...), so a busy spell of a shared
# machine slows both; the best wall time of each is compared.
# A workload that fails (non-zero status or time-out) under a shell shows "error".
set -u

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
minish=${1:-$repo_dir/build/minish}
runs=${BENCH_RUNS:-10}
limit=120 # seconds, per run

if [ -x "$minish" ]; then minish=$(realpath "$minish"); else echo "bench: no shell at $minish (minish runs show error)"; fi
dash=$(command -v dash) || { echo "bench: dash is not installed" >&2; exit 2; }
bash=$(command -v bash) || { echo "bench: bash is not installed" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/minish-bench.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP
cd "$work" || exit 2

# --- workloads: one script file each, run as `SHELL FILE` -------------------------------
cat > a.sh <<'EOF'
i=0
while [ $i -lt 2000 ]; do /bin/true; i=$((i + 1)); done
EOF
cat > b.sh <<'EOF'
i=0
while [ $i -lt 1000 ]; do echo x | cat > /dev/null; i=$((i + 1)); done
EOF
cat > c.sh <<'EOF'
f() { :; }
i=0
while [ $i -lt 100000 ]; do f; i=$((i + 1)); done
EOF
# d: the loop runs in dash for every shell, so only the start-up of the measured shell differs.
cat > d.sh <<'EOF'
i=0
while [ $i -lt 500 ]; do "$SUT" -c true; i=$((i + 1)); done
EOF
cat > e.sh <<'EOF'
v=usr/local/share/doc
i=0
while [ $i -lt 200000 ]; do i=$((i + 1)); w=${v#*/}; n=${#v}; done
EOF
cat > g.sh <<'EOF'
i=0
while [ $i -lt 1000 ]; do cat <(echo x) > /dev/null; i=$((i + 1)); done
EOF
# f: a generated 100,000-line script, parsed with -n.
awk 'BEGIN {
    for (k = 0; k < 10000; k++) {
        printf "f_%d() {\n", k
        printf "    if [ \"$1\" = x ]; then echo \"a %d\" | tr a b; elif true; then :; else false; fi\n", k
        printf "    for i in 1 2 3; do\n        case $i in 1|2) echo one ;; *) echo \"other $i\" ;; esac\n    done\n"
        printf "    while false; do x=$((x + 1)); done\n"
        printf "    v=${HOME:-/tmp}/$(basename \"$PWD\") && echo \"$v\" > /dev/null 2>&1\n"
        printf "    cat <<END\nbody %d $v\nEND\n}\n", k
    }
}' > big.sh

# run_once SHELL WORKLOAD: runs one workload once; prints nanoseconds, or fails.
run_once() {
    local sut=$1 w=$2 t0 t1
    t0=$(date +%s%N)
    case $w in
        d) SUT=$sut timeout "$limit" "$dash" d.sh ;;
        f) timeout "$limit" "$sut" -n big.sh ;;
        *) timeout "$limit" "$sut" "$w.sh" ;;
    esac > /dev/null 2> "$work/err" < /dev/null || return 1
    t1=$(date +%s%N)
    echo $((t1 - t0))
}

# measure_pair SHELL REF WORKLOAD: runs the workload $runs times under each shell, alternating
# (SHELL, REF, SHELL, REF, ...) so that a slow spell of this shared machine hits both alike, and
# prints "SHELL_SECONDS REF_SECONDS" (the best run of each), with "error" for a shell that failed.
measure_pair() {
    local sut=$1 ref=$2 w=$3 best_s="" best_r="" t i
    [ -x "$sut" ] && run_once "$sut" "$w" > /dev/null || best_s=error
    [ -x "$ref" ] && run_once "$ref" "$w" > /dev/null || best_r=error
    for ((i = 0; i < runs; i++)); do
        if [ "$best_s" != error ]; then
            if t=$(run_once "$sut" "$w"); then
                if [ -z "$best_s" ] || [ "$t" -lt "$best_s" ]; then best_s=$t; fi
            else
                best_s=error
            fi
        fi
        if [ "$best_r" != error ]; then
            if t=$(run_once "$ref" "$w"); then
                if [ -z "$best_r" ] || [ "$t" -lt "$best_r" ]; then best_r=$t; fi
            else
                best_r=error
            fi
        fi
    done
    for t in "$best_s" "$best_r"; do
        case $t in
            error) printf 'error ' ;;
            *) awk -v ns="$t" 'BEGIN { printf "%.3f ", ns / 1e9 }' ;;
        esac
    done
    echo
}

ratio() {
    case "$1$2" in
        *error*) echo "-" ;;
        *) awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f\n", a / b; else print "-" }' ;;
    esac
}

echo "minish bench: $runs run(s) per workload and shell, alternating; best wall time of each"
printf '%-40s %10s %10s %-5s %7s\n' workload "minish(s)" "ref(s)" ref ratio
for spec in \
    "a@2,000 runs of /bin/true@dash" \
    "b@1,000 echo x | cat > /dev/null@dash" \
    "c@100,000 function calls@dash" \
    "d@500 starts: SHELL -c true@dash" \
    "e@200,000 \${v#*/} \${#v} \$((i+1))@dash" \
    "f@-n on a 100,000-line script@dash" \
    "g@1,000 cat <(echo x) > /dev/null@bash"; do
    IFS=@ read -r w label refname <<< "$spec"
    case " ${BENCH_ONLY:-$w} " in *" $w "*) ;; *) continue ;; esac
    case $refname in dash) ref=$dash ;; *) ref=$bash ;; esac
    read -r m r <<< "$(measure_pair "$minish" "$ref" "$w")"
    printf '%-40s %10s %10s %-5s %7s\n' "($w) $label" "$m" "$r" "$refname" "$(ratio "$m" "$r")"
done
