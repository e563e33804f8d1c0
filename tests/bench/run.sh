#!/usr/bin/env bash
# Benchmarks (not tests): runs the same workloads under minish and a reference shell in one run
# and prints each time and the ratio minish/reference (below 1.00 means minish is faster).
#
# usage: tests/bench/run.sh [MINISH]      (`make bench`; MINISH defaults to build/minish)
#   BENCH_RUNS=N   runs per workload and shell (default 3; the best run counts)
# Uses hyperfine when it is installed (its mean time), otherwise best-of-N wall time.
# A workload that fails (non-zero status or time-out) under a shell shows "error".
set -u

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
minish=${1:-$repo_dir/build/minish}
runs=${BENCH_RUNS:-3}
limit=120 # seconds, per run

if [ -x "$minish" ]; then minish=$(realpath "$minish"); else echo "bench: no shell at $minish (minish runs show error)"; fi
dash=$(command -v dash) || { echo "bench: dash is not installed" >&2; exit 2; }
bash=$(command -v bash) || { echo "bench: bash is not installed" >&2; exit 2; }
hyperfine=$(command -v hyperfine)

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

# measure SHELL WORKLOAD: prints the time in seconds (best of $runs, or hyperfine's mean),
# or "error".
measure() {
    local sut=$1 w=$2 best="" t i
    [ -x "$sut" ] || { echo error; return; }
    # one checked run first: it must succeed before it is timed
    t=$(run_once "$sut" "$w") || { echo error; return; }
    if [ -n "$hyperfine" ]; then
        local cmd
        case $w in
            d) cmd="env SUT=$sut $dash d.sh" ;;
            f) cmd="$sut -n big.sh" ;;
            *) cmd="$sut $w.sh" ;;
        esac
        if "$hyperfine" -N --runs "$runs" --export-csv hf.csv "$cmd" > /dev/null 2>&1 < /dev/null; then
            awk -F, 'NR == 2 { printf "%.3f\n", $2 }' hf.csv
            return
        fi
    fi
    best=$t
    for ((i = 1; i < runs; i++)); do
        t=$(run_once "$sut" "$w") || { echo error; return; }
        [ "$t" -lt "$best" ] && best=$t
    done
    awk -v ns="$best" 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}

ratio() {
    case "$1$2" in
        *error*) echo "-" ;;
        *) awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f\n", a / b; else print "-" }' ;;
    esac
}

echo "minish bench: $runs run(s) per workload, $([ -n "$hyperfine" ] && echo "hyperfine mean" || echo "best wall time")"
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
    case $refname in dash) ref=$dash ;; *) ref=$bash ;; esac
    m=$(measure "$minish" "$w")
    r=$(measure "$ref" "$w")
    printf '%-40s %10s %10s %-5s %7s\n' "($w) $label" "$m" "$r" "$refname" "$(ratio "$m" "$r")"
done
