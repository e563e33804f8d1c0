# tests/lib.sh - shell functions shared by the test runners (sourced by bash scripts).

# select_cases DIR PROG [NAME...]: sets the array `selected` to the cases NNN-topic of DIR
# (files DIR/NNN-*.sh) named by NAME (a full name, a file path, or a prefix such as 700), or to
# all of them without a NAME; an unknown name is reported as "PROG: no case named 'N'", exit 2.
select_cases() {
    local dir=$1 prog=$2 f n c found
    shift 2
    local -a all=()
    for f in "$dir"/[0-9]*.sh; do
        [ -e "$f" ] && all+=("$(basename "$f" .sh)")
    done
    selected=()
    if [ $# -eq 0 ]; then
        selected=("${all[@]}")
        return
    fi
    for n in "$@"; do
        n=$(basename "$n"); n=${n%.sh}; found=0
        for c in "${all[@]}"; do
            if [ "$c" = "$n" ] || [[ $c == "$n"-* ]]; then selected+=("$c"); found=1; fi
        done
        [ $found = 1 ] || { echo "$prog: no case named '$n'" >&2; exit 2; }
    done
}
