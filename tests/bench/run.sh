#!/usr/bin/env bash
# Benchmarks (not tests): runs the same workloads under minish and a reference shell in one run
# and prints each time and the ratio minish/reference (below 1.00 means minish is faster).
#
# usage: tests/bench/run.sh [MINISH]      (`make bench`; MINISH defaults to build/minish)
#   BENCH_RUNS=N   runs per workload and shell (default 10; the best run counts)
#   BENCH_ONLY="a d"   only these workloads
# The two shells run in turns (minish, reference, minish, ...), so a busy spell of a shared
# machine slows both. "ratio" compares the best wall time of each; "median" is the median over
# the rounds of minish's time divided by the reference's time in the same round.
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
# h: a 100,000-element indexed array filled in a loop, summed with for and by index.
cat > h.sh <<'EOF'
i=0
while [ $i -lt 100000 ]; do a[i]=$i; i=$((i + 1)); done
s=0
for x in "${a[@]}"; do s=$((s + x)); done
i=0
while [ $i -lt 100000 ]; do s=$((s - ${a[i]})); i=$((i + 1)); done
[ $s = 0 ] && [ ${#a[@]} = 100000 ] || exit 1
EOF
# i: 100,000 associative inserts, then 100,000 lookups.
cat > i.sh <<'EOF'
declare -A m
i=0
while [ $i -lt 100000 ]; do m[k$i]=$i; i=$((i + 1)); done
i=0 s=0
while [ $i -lt 100000 ]; do s=$((s + ${m[k$i]})); i=$((i + 1)); done
[ $s = 4999950000 ] && [ ${#m[@]} = 100000 ] || exit 1
EOF
# j and k: bash's [[ ]] pattern test and (( )) increment (compared with bash).
cat > j.sh <<'EOF'
x=hello.c
i=0
while [ $i -lt 100000 ]; do [[ $x == *.c ]]; i=$((i + 1)); done
EOF
cat > k.sh <<'EOF'
i=0
while [ $i -lt 100000 ]; do (( i++ )); done
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

# l: a 20,000-line script (commands, if, case, loops, functions) piped on standard input, which
# the shell must read without taking text past the command it runs.
awk 'BEGIN {
    print "x=0"
    for (k = 0; k < 1000; k++) {
        if (k % 50 == 0)
            printf "f_%d() { y=$1; [ \"$y\" -ge 0 ] && : \"$y\"; }\n", k
        else
            printf "f_%d \"$x\"\n", k - k % 50
        print "x=$((x + 1))\nif [ \"$x\" -gt 0 ]; then\n    y=$x\nelse\n    y=0\nfi"
        print "case $y in\n    *7) z=seven ;;\n    *) z=other ;;\nesac"
        print "for i in 1 2 3; do\n    : \"$i\"\ndone\nwhile [ \"$y\" -lt 0 ]; do\n    y=$((y + 1))\ndone"
        print "v=${HOME:-/tmp}\nw=${v#/}\n: \"$z $w\""
    }
    print "[ $x = 1000 ] || exit 1"
}' > l.sh
# m: a 1 MB here-document in a script piped on standard input.
awk 'BEGIN {
    print "cat > /dev/null <<EOF"
    while (n < 1048576) {
        s = sprintf("line %d of a here-document read from standard input, some words to fill it\n", k++)
        printf "%s", s
        n += length(s)
    }
    print "EOF"
}' > m.sh

# run_once SHELL WORKLOAD: runs one workload once; prints nanoseconds, or fails.
run_once() {
    local sut=$1 w=$2 t0 t1
    t0=$(date +%s%N)
    case $w in
        d) SUT=$sut timeout "$limit" "$dash" d.sh ;;
        f) timeout "$limit" "$sut" -n big.sh ;;
        l | m) cat "$w.sh" | timeout "$limit" "$sut" ;;
        *) timeout "$limit" "$sut" "$w.sh" ;;
    esac > /dev/null 2> "$work/err" < /dev/null || return 1
    t1=$(date +%s%N)
    echo $((t1 - t0))
}

# measure_pair SHELL REF WORKLOAD: runs the workload $runs times under each shell, alternating
# (SHELL, REF, SHELL, REF, ...) so that a slow spell of this shared machine hits both alike, and
# prints "SHELL_SECONDS REF_SECONDS MEDIAN_RATIO": the best run of each, and the median over the
# rounds of SHELL/REF within a round; "error" for a shell that failed.
measure_pair() {
    local sut=$1 ref=$2 w=$3 ts tr i
    local -a pairs=()
    if ! { [ -x "$sut" ] && run_once "$sut" "$w" > /dev/null; }; then echo "error - -"; return; fi
    if ! { [ -x "$ref" ] && run_once "$ref" "$w" > /dev/null; }; then echo "- error -"; return; fi
    for ((i = 0; i < runs; i++)); do
        ts=$(run_once "$sut" "$w") || { echo "error - -"; return; }
        tr=$(run_once "$ref" "$w") || { echo "- error -"; return; }
        pairs+=("$ts $tr")
    done
    printf '%s\n' "${pairs[@]}" | awk '
        { s[NR] = $1; r[NR] = $2; q[NR] = $1 / $2 }
        END {
            bs = s[1]; br = r[1]
            for (i = 2; i <= NR; i++) { if (s[i] < bs) bs = s[i]; if (r[i] < br) br = r[i] }
            for (i = 2; i <= NR; i++) for (j = i; j > 1 && q[j - 1] > q[j]; j--) { t = q[j]; q[j] = q[j - 1]; q[j - 1] = t }
            m = NR % 2 ? q[(NR + 1) / 2] : (q[NR / 2] + q[NR / 2 + 1]) / 2
            printf "%.3f %.3f %.2f\n", bs / 1e9, br / 1e9, m
        }'
}

ratio() {
    case "$1$2" in
        *error*) echo "-" ;;
        *) awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f\n", a / b; else print "-" }' ;;
    esac
}

echo "minish bench: $runs round(s) per workload, each running minish then the reference"
printf '%-40s %10s %10s %-5s %7s %7s\n' workload "minish(s)" "ref(s)" ref ratio median
for spec in \
    "a@2,000 runs of /bin/true@dash" \
    "b@1,000 echo x | cat > /dev/null@dash" \
    "c@100,000 function calls@dash" \
    "d@500 starts: SHELL -c true@dash" \
    "e@200,000 \${v#*/} \${#v} \$((i+1))@dash" \
    "f@-n on a 100,000-line script@dash" \
    "g@1,000 cat <(echo x) > /dev/null@bash" \
    "h@100,000-element array: fill, sum@bash" \
    "i@100,000 associative inserts+lookups@bash" \
    "j@100,000 [[ \$x == *.c ]]@bash" \
    "k@100,000 (( i++ ))@bash" \
    "l@20,000-line script piped on stdin@dash" \
    "m@1 MB here-document piped on stdin@dash"; do
    IFS=@ read -r w label refname <<< "$spec"
    case " ${BENCH_ONLY:-$w} " in *" $w "*) ;; *) continue ;; esac
    case $refname in dash) ref=$dash ;; *) ref=$bash ;; esac
    read -r m r med <<< "$(measure_pair "$minish" "$ref" "$w")"
    printf '%-40s %10s %10s %-5s %7s %7s\n' "($w) $label" "$m" "$r" "$refname" "$(ratio "$m" "$r")" "$med"
done
